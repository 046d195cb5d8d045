import { describe, expect, it } from 'vitest';
import { expectAccessible, keepShot, missingKeys, newPage, useBrowser } from '../support/browser';
import { member, publishedPlan } from './setup';

useBrowser();

describe('monitoring and review', () => {
  it('a city enters an indicator update, the secretariat approves it, and the progress chart changes', async () => {
    const city = await member('monitored-city', 'KR', 'Monitored city (test)');
    const plan = await publishedPlan(city);
    const editor = await newPage('monitoring-entry', { identity: `member-editor:${city}` });
    await editor.page.goto(`/networks/neascn/plans/${plan}/monitoring`);
    const value = editor.page.getByLabel('Value in µg/m³');
    await value.fill('N/A');
    await editor.page.getByText("Enter a number only, in the indicator's unit.").waitFor();
    expect(await editor.page.getByRole('button', { name: 'Enter update' }).isDisabled()).toBe(true);
    await value.fill('37.5');
    await editor.page.getByLabel('Period ending').fill('2024-12-31');
    await editor.page.getByLabel('Note').fill('Annual mean of all stations');
    await editor.page.getByRole('button', { name: 'Enter update' }).click();
    await editor.page.locator('[data-measurement="0"][data-status="ENTERED"]').waitFor();
    await expectAccessible(editor.page, 'monitoring as a city');
    // Only approved measurements count: the entered one moves no figure yet.
    const before = editor.page.getByTestId('progress-targets').locator('[data-rollup="clean-air"] [data-achieved]');
    await before.waitFor();
    expect(await before.getAttribute('data-achieved')).toBe('');

    const officer = await newPage('monitoring-review', { identity: 'secretariat' });
    await officer.page.goto(`/networks/neascn/plans/${plan}/monitoring`);
    const row = officer.page.locator(`[data-review="${plan}/clean-air/pm25/0"]`);
    await row.waitFor();
    await expectAccessible(officer.page, 'review queue');
    await row.getByLabel('Comment (required to return)').fill('Matches the ministry figure');
    await row.getByRole('button', { name: 'Approve' }).click();
    await row.waitFor({ state: 'detached' });
    const approved = officer.page.locator('[data-measurement="0"][data-status="APPROVED"]');
    await approved.getByText(/secretariat/).waitFor();
    await approved.getByText(/Matches the ministry figure/).waitFor();
    const achieved = officer.page.getByTestId('progress-targets').locator('[data-rollup="clean-air"] [data-achieved]');
    await achieved.waitFor();
    expect(Number(await achieved.getAttribute('data-achieved'))).toBeGreaterThan(0);
    await officer.page.getByTestId('progress-members').locator(`[data-rollup="${city}"]`).waitFor();
    await keepShot(officer.page, 'monitoring');
    expect(await missingKeys(officer.page)).toEqual([]);
  });
});
