import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, keepShot, missingKeys, newPage, useBrowser } from '../support/browser';

/**
 * Production sign-in, end to end: the server trusts only the network's OpenID provider (a real
 * one, oidc-provider, on loopback), the browser signs in through the provider's login page with
 * the code flow and PKCE, writes with the access token, is refused another city's record, signs
 * out, and notices when a token lapses.
 */
useBrowser();

const ISSUER = process.env.NEASCN_OIDC_ISSUER ?? '';
const PASSWORD = 'neascn-test-password';
const PRE_WORKSHOP = '/networks/neascn/meetings/neascn-prews-2020-12-09';
const RUN = Date.now().toString(36);

async function signIn(page: Page, username: string) {
  await page.goto('/networks/neascn/sign-in');
  await page.getByRole('button', { name: "Sign in with the network's identity provider" }).click();
  await page.waitForURL((url) => url.href.startsWith(ISSUER));
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/networks\/neascn$/);
}

/** The app's own token, as its client sends it, for requests the interface does not offer. */
async function post(page: Page, path: string, body: unknown): Promise<number> {
  return page.evaluate(async ({ path, body }) => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    const token = key ? (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token : '';
    const response = await fetch(path, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body),
    });
    return response.status;
  }, { path, body });
}

describe('sign-in through the network\'s OpenID provider', () => {
  it('offers the provider instead of local mode', async () => {
    const { page } = await newPage('oidc-sign-in-page');
    await page.goto('/networks/neascn/sign-in');
    await page.getByRole('button', { name: "Sign in with the network's identity provider" }).waitFor();
    expect(await page.getByText('Local mode, not for production.').count()).toBe(0);
    expect(await missingKeys(page)).toEqual([]);
    await expectAccessible(page, 'sign-in with the provider');
    await keepShot(page, 'sign-in-oidc');
  });

  it('a wrong password stays at the provider', async () => {
    const { page } = await newPage('oidc-wrong-password');
    await page.goto('/networks/neascn/sign-in');
    await page.getByRole('button', { name: "Sign in with the network's identity provider" }).click();
    await page.waitForURL((url) => url.href.startsWith(ISSUER));
    await page.getByLabel('Username').fill('ulaanbaatar-editor');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The username or password is wrong.').waitFor();
    expect(page.url().startsWith(ISSUER)).toBe(true);
  });

  it('the secretariat records outcomes, a city writes its own record, is refused another city\'s, and signs out', async () => {
    const officer = await newPage('oidc-officer');
    await signIn(officer.page, 'officer');
    await officer.page.getByText('Acting as the secretariat').waitFor();
    for (const [owner, text] of [['member:ulaanbaatar', `Ulaanbaatar sends its nominee ${RUN}`], ['member:shanghai', `Shanghai sends its nominee ${RUN}`]] as const) {
      await officer.page.goto(PRE_WORKSHOP);
      const form = officer.page.locator('form.minutes-form');
      await form.getByLabel('Agenda item').selectOption('task-force');
      await form.getByLabel('Action', { exact: true }).check();
      await form.getByLabel('Outcome').fill(text);
      await form.getByLabel('Owner').selectOption(owner);
      await form.getByLabel('Due').fill('2021-01-31');
      await form.getByRole('button', { name: 'Record' }).click();
      await officer.page.locator('tr', { hasText: text }).waitFor();
    }

    const { page } = await newPage('oidc-city');
    await signIn(page, 'ulaanbaatar-editor');
    await page.getByText(/Acting as editor of ulaanbaatar/).waitFor();
    const stored = await page.evaluate(() => ({ local: JSON.stringify({ ...localStorage }), session: Object.keys(sessionStorage) }));
    expect(stored.local).not.toMatch(/access_token|id_token|refresh_token|eyJ/);
    expect(stored.session.some((k) => k.startsWith('oidc.user:'))).toBe(true);

    await page.goto('/networks/neascn/action-items');
    const mine = page.getByTestId('my-actions').locator('tr', { hasText: `Ulaanbaatar sends its nominee ${RUN}` });
    await mine.getByRole('button', { name: 'Start' }).click();
    await mine.getByText('in progress').waitFor();
    await expectAccessible(page, 'action items signed in with the provider');

    const meeting = await (await fetch(new URL(`api/v1/networks/neascn/meetings/neascn-prews-2020-12-09`, process.env.NEASCN_BASE_URL))).json();
    const theirs = meeting.record.actionItems.find((a: { owner: { id: string }; description: { texts: Record<string, string> } }) =>
      a.owner.id === 'shanghai' && Object.values(a.description.texts).includes(`Shanghai sends its nominee ${RUN}`));
    expect(await post(page, `/api/v1/networks/neascn/meetings/neascn-prews-2020-12-09/action-items/${theirs.key}/status`, { status: 'DONE' })).toBe(403);
    expect(await post(page, '/api/v1/networks/neascn/persons', {
      id: `oidc-browser-${RUN}`, network: 'neascn', name: { original: 'en', texts: { en: 'Someone of Shanghai' } },
      organisation: { kind: 'MEMBER', id: 'shanghai' },
    })).toBe(403);

    await page.goto('/networks/neascn/sign-in');
    await page.getByTestId('signed-in-as').getByText(/ulaanbaatar-editor/).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    // The provider ends its session and sends the browser back to the application's start page.
    // (with one network hosted, the start page goes on to it).
    await page.waitForURL((url) => url.href.startsWith(process.env.NEASCN_BASE_URL ?? '') && /^\/(networks\/neascn)?$/.test(url.pathname));
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => Object.keys(sessionStorage).some((k) => k.startsWith('oidc.user:')))).toBe(false);
    // Signing in again goes through the provider's login page: the provider's session ended too.
    await page.goto('/networks/neascn/sign-in');
    await page.getByRole('button', { name: "Sign in with the network's identity provider" }).click();
    await page.waitForURL((url) => url.href.startsWith(ISSUER));
    await page.getByLabel('Password').waitFor();
  });

  it('says so when the session lapses, and sends no expired token', async () => {
    const { page } = await newPage('oidc-expiry');
    await signIn(page, 'brief-editor');
    await page.getByText(/Acting as editor of ulaanbaatar/).waitFor();
    await page.getByText('Your session has ended; nothing more will be saved under your name.').waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    expect(await page.evaluate(() => Object.keys(sessionStorage).some((k) => k.startsWith('oidc.user:')))).toBe(false);
  });
});
