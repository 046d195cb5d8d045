import { describe, expect, it } from 'vitest';
import { BASE_URL, expectAccessible, keepShot, missingKeys, newPage, useBrowser } from '../support/browser';
import { call, unique } from './setup';

useBrowser();

const PRE_WORKSHOP = '/networks/neascn/meetings/neascn-prews-2020-12-09';

describe('meetings, minutes and action items', () => {
  it('shows the pre-workshop agenda with its speakers and questions, and its calendar file', async () => {
    const { page } = await newPage('meeting-agenda');
    await page.goto(PRE_WORKSHOP);
    await page.getByRole('heading', { level: 1, name: 'NEASCN Online Pre-Workshop' }).waitFor();
    await page.getByText('SESSION I. Smart Cities Network Partners in Northeast Asia').waitFor();
    await page.getByText(/Nobutsugu Miyama/).first().waitFor();
    expect(await page.locator('.guiding-question').count()).toBeGreaterThan(0);
    const href = await page.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href');
    const ics = await fetch(new URL(href!, BASE_URL));
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(await ics.text()).toContain('DTSTART;TZID=Asia/Seoul:20201209T150000');
    expect(await missingKeys(page)).toEqual([]);
    await expectAccessible(page, 'meeting page');
  });

  it('takes minutes: an outcome becomes an action item, which is then overdue on the owner\'s list and done in place', async () => {
    const outcome = `Name a task force member ${unique('o')}`;
    const { page } = await newPage('minutes', { identity: 'secretariat' });
    await page.goto(PRE_WORKSHOP);
    const form = page.locator('form.minutes-form');
    await form.getByLabel('Agenda item').selectOption('task-force');
    await form.getByLabel('Action', { exact: true }).check();
    await form.getByLabel('Outcome').fill(outcome);
    await form.getByLabel('What is to be done').fill(`Send the name ${unique('a')}`);
    await form.getByLabel('Owner').selectOption('member:ulaanbaatar');
    await form.getByLabel('Due').fill('2021-01-31');
    await form.getByRole('button', { name: 'Record' }).click();
    await page.locator('.takeaways').getByText(outcome).waitFor();
    const row = page.locator('tr', { hasText: `Send the name ${unique('a')}` });
    await row.waitFor();
    await expectAccessible(page, 'minutes as the secretariat');
    await keepShot(page, 'meeting-minutes');

    const editor = await newPage('my-actions', { identity: 'member-editor:ulaanbaatar' });
    await editor.page.goto('/networks/neascn/action-items');
    const mine = editor.page.getByTestId('my-actions').locator('tr', { hasText: `Send the name ${unique('a')}` });
    await mine.getByText('overdue').waitFor();
    await expectAccessible(editor.page, 'my action items');
    await keepShot(editor.page, 'my-action-items');
    await mine.getByRole('button', { name: 'Done' }).click();
    await mine.waitFor({ state: 'detached' });
    const items = await call(undefined, 'GET', 'action-items?owner=member:ulaanbaatar&status=DONE');
    expect(items.some((i: { description: { texts: { en: string } } }) => i.description.texts.en === `Send the name ${unique('a')}`)).toBe(true);
    expect(await missingKeys(editor.page)).toEqual([]);
  });

  it('offers another city\'s editor no status change, and the server refuses one', async () => {
    const key = unique('shanghai-only');
    await call('secretariat', 'POST', 'meetings/neascn-prews-2020-12-09/agenda-outcomes', {
      agendaItem: 'task-force', outcomeKey: unique('shanghai-outcome'),
      outcome: { original: 'en', texts: { en: 'Shanghai names a member' } },
      action: { key, description: { original: 'en', texts: { en: `Shanghai's task ${key}` } }, owner: { kind: 'MEMBER', id: 'shanghai' }, due: '2021-02-01' },
    });
    const { page } = await newPage('others-action', { identity: 'member-editor:ulaanbaatar' });
    await page.goto('/networks/neascn/action-items');
    // Another owner's overdue items are listed without buttons: the interface offers only what the role may do.
    const item = page.locator('li', { hasText: `Shanghai's task ${key}` });
    await item.waitFor();
    expect(await item.getByRole('button').count()).toBe(0);
    const refused = await fetch(new URL(`api/v1/networks/neascn/meetings/neascn-prews-2020-12-09/action-items/${key}/status`, BASE_URL), {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Local-Identity': 'member-editor:ulaanbaatar' }, body: '{"status":"DONE"}',
    });
    expect(refused.status).toBe(403);
  });
});
