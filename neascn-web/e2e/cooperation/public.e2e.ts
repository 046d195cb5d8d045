import { describe, expect, it } from 'vitest';
import { expectAccessible, keepShot, missingKeys, newPage, useBrowser } from '../support/browser';
import { RUN, draftPlan, member, publishedPlan } from './setup';

useBrowser();

describe('public pages', () => {
  it('show citizens published plans only, without editing chrome, with a link to share', async () => {
    const publicName = `Public city ${RUN}`;
    const draftingName = `Drafting city ${RUN}`;
    const published = await member('public-city', 'JP', publicName);
    const plan = await publishedPlan(published);
    const drafting = await member('drafting-city', 'MN', draftingName);
    const draft = await draftPlan(drafting);
    // Even a signed-in secretariat in this tab sees the public view, not its own rights.
    const { page } = await newPage('public-dashboard', { identity: 'secretariat' });
    await page.goto('/public/networks/neascn');
    const members = page.getByTestId('public-members');
    await members.getByRole('link', { name: publicName }).waitFor();
    const row = members.locator('tr', { hasText: draftingName });
    await row.getByText('No published plan yet').waitFor();
    expect(await page.content()).not.toContain(draft);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Move to|Approve|Record/ }).count()).toBe(0);
    const share = page.getByLabel('Link to this page');
    expect(await share.inputValue()).toMatch(/\/public\/networks\/neascn$/);
    await expectAccessible(page, 'public dashboard');
    await keepShot(page, 'public-dashboard');

    await members.getByRole('link', { name: publicName }).click();
    await page.getByRole('heading', { level: 1, name: publicName }).waitFor();
    await page.getByTestId('public-plan').waitFor();
    expect(await page.getByTestId('public-plan').textContent()).toBeTruthy();
    expect(await page.getByLabel('Link to this page').inputValue()).toContain(`/public/networks/neascn/members/${published}`);
    await expectAccessible(page, 'public city page');
    expect(await missingKeys(page)).toEqual([]);

    await page.goto(`/public/networks/neascn/members/${drafting}`);
    await page.getByText('No published plan yet').waitFor();
    expect(await page.content()).not.toContain('A draft nobody outside may see');
    expect(plan).toBeTruthy();
  });
});
