import { describe, expect, it } from 'vitest';
import { expectAccessible, keepShot, missingKeys, newPage, useBrowser } from '../support/browser';
import { call, NETWORK, unique } from './setup';

useBrowser();

const en = (text: string) => ({ original: 'en', texts: { en: text } });

describe('framework consultation', () => {
  it('closes a round only once every comment has a disposition, then adopts and freezes the version', async () => {
    const id = unique('framework');
    const versions = await call(undefined, 'GET', 'framework-versions?limit=200');
    const number = Math.max(0, ...versions.items.map((v: { record: { number: number } }) => v.record.number)) + 1;
    await call('secretariat', 'POST', 'framework-versions', {
      id, network: NETWORK, number, status: 'DRAFT', title: en(`NEASCN Framework ${unique('draft')}`),
      sections: [
        { key: 'vision', heading: en('Vision'), body: en('A network of bankable, sustainable smart cities.') },
        { key: 'governance', heading: en('Governance'), body: en('A task force drafts; members adopt.') },
      ],
    });
    const officer = await newPage('consultation-open', { identity: 'secretariat' });
    await officer.page.goto('/networks/neascn/consultation');
    await officer.page.getByRole('heading', { level: 2, name: new RegExp(unique('draft')) }).waitFor();
    await officer.page.getByLabel('Deadline').fill('2099-12-31');
    await officer.page.getByRole('button', { name: 'Open a consultation round' }).click();
    await officer.page.locator('.round').waitFor();
    await expectAccessible(officer.page, 'consultation as the secretariat');

    const city = await newPage('consultation-comment', { identity: 'member-editor:ulaanbaatar' });
    await city.page.goto('/networks/neascn/consultation');
    await city.page.getByLabel('Section').selectOption('governance');
    await city.page.getByLabel('Comment', { exact: true }).fill(`Cities should chair the task force in turn ${unique('c')}`);
    await city.page.getByRole('button', { name: 'Send comment' }).click();
    await city.page.locator('[data-section="governance"]').getByText(unique('c')).waitFor();
    await expectAccessible(city.page, 'consultation as a city');
    expect(await missingKeys(city.page)).toEqual([]);

    await officer.page.reload();
    await officer.page.getByRole('button', { name: 'Close the round' }).click();
    await officer.page.locator('[data-rule="consultation.close.open-comments"]').waitFor();
    await officer.page.getByTestId('undisposed').getByText(unique('c')).waitFor();
    await keepShot(officer.page, 'consultation-close-refused');
    const feedback = officer.page.locator('[data-section="governance"] [data-feedback]').filter({ hasText: unique('c') });
    await feedback.getByLabel('Disposition').selectOption('PARTLY_ACCEPTED');
    await feedback.getByLabel('Reason').fill('A rotating chair, with the secretariat as vice-chair');
    await feedback.getByRole('button', { name: 'Record disposition' }).click();
    await feedback.locator('[data-decision="PARTLY_ACCEPTED"]').waitFor();
    await officer.page.getByRole('button', { name: 'Close the round' }).click();
    await officer.page.getByText(/· closed/).waitFor();
    await officer.page.getByRole('button', { name: 'Adopt this version' }).click();
    await officer.page.locator(`[data-version="${id}"][data-status="ADOPTED"]`).waitFor();
    await officer.page.getByText(/this version is frozen/).waitFor();
    expect(await officer.page.getByRole('button', { name: 'Open a consultation round' }).count()).toBe(0);
    expect((await call(undefined, 'GET', `framework-versions/${id}`)).record.status).toBe('ADOPTED');
  });
});
