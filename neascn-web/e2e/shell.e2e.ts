import { describe, expect, it } from 'vitest';
import { BASE_URL, expectAccessible, missingKeys, newPage, useBrowser } from './support/browser';

useBrowser();

describe('the application at /', () => {
  it('lists the networks at / (or goes straight to the only one), and a deep link loads the same application', async () => {
    const { page } = await newPage('root-redirect');
    await page.goto('/');
    const networks = await (await fetch(new URL('api/v1/networks', BASE_URL))).json() as unknown[];
    if (networks.length > 1) await page.getByRole('link', { name: /Northeast Asia/ }).click();
    await page.waitForURL(/\/networks\/neascn$/);
    await page.getByRole('heading', { level: 1, name: /Northeast Asia/ }).waitFor();
    await page.goto('/networks/neascn/sign-in');
    await page.getByText('Local mode, not for production.').waitFor();
    expect(await missingKeys(page)).toEqual([]);
    await expectAccessible(page, 'sign-in');
  });

  it('leaves the API and missing files alone', async () => {
    const api = await fetch(new URL('api/v1/networks', BASE_URL));
    expect(api.headers.get('content-type')).toContain('application/json');
    const script = await fetch(new URL('assets/no-such-file.js', BASE_URL));
    expect(script.status).toBe(404);
    const deep = await fetch(new URL('networks/neascn/plans/x', BASE_URL), { headers: { Accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
  });
});
