import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, keepShot, missingKeys, newPage, useBrowser } from './support/browser';
import { call, publishedCity } from './support/api';

/**
 * Every screen in each of the six interface languages, as the browser announces them (zh-CN
 * must pick Simplified Chinese): no missing interface text, CJK and Cyrillic present; axe-core
 * finds no serious or critical violation; the screens fit a 390 px phone without sideways
 * scrolling of the page; the keyboard alone reaches and operates them.
 */
useBrowser();

const RUN = `s${Date.now().toString(36)}`;
const NETWORK = 'neascn';
const base = `/networks/${NETWORK}`;
let plan = '';
let member = '';
let partner = '';
const project = `${RUN}-tram`;

beforeAll(async () => {
  member = `darkhan-${RUN}`;
  plan = await publishedCity(NETWORK, member, 'mn', `Дархан ${RUN}`, 'Ногоон, ухаалаг Дархан', 'Нийтийн тээврийг сайжруулах');
  await call('POST', `api/v1/networks/${NETWORK}/projects`, `member-editor:${member}`, {
    id: project, network: NETWORK, member, plan, title: { original: 'mn', texts: { mn: 'Цахилгаан трамвай', en: 'Electric tram' } },
    location: { country: 'MN', latitude: 49.4867, longitude: 105.9228 }, stage: 'PRE_FEASIBILITY', financingStatus: 'NOT_FUNDED_SEEKING_FULL',
    totalCost: { amount: 120000000, currency: 'USD' },
  });
  const partners = await call('GET', `api/v1/networks/${NETWORK}/partners?limit=1`);
  partner = ((partners.body.items as { id: string }[])[0] ?? { id: 'wego' }).id;
});

const screens = () => [
  ['dashboard', base],
  ['map', `${base}/map`],
  ['members', `${base}/members`],
  ['city', `${base}/members/${member}`],
  ['partners', `${base}/partners`],
  ['partner', `${base}/partners/${partner}`],
  ['plans', `${base}/plans`],
  ['plan', `${base}/plans/${plan}`],
  ['editor', `${base}/plans/new?member=${member}`],
  ['projects', `${base}/projects`],
  ['project', `${base}/projects/${project}`],
  ['overlaps', `${base}/overlaps`],
  ['sign-in', `${base}/sign-in`],
] as const;

async function settle(page: Page) {
  // The screen is there when its heading is and nothing in it still loads.
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'), undefined, { timeout: 60_000 });
}

const LANGUAGES: [string, string, RegExp][] = [
  ['en-US', 'en', /Dashboard/],
  ['ko-KR', 'ko', /대시보드/],
  ['zh-CN', 'zh-Hans', /仪表板/],
  ['ja-JP', 'ja', /ダッシュボード/],
  ['ru-RU', 'ru', /Сводка/],
  ['mn-MN', 'mn', /Хяналтын самбар/],
];

describe('every screen in six languages', () => {
  for (const [locale, language, dashboardWord] of LANGUAGES) {
    it(`shows every screen in ${language} without a missing text`, async () => {
      const { page } = await newPage(`languages-${language}`, { language: locale, identity: `member-editor:${member}` });
      for (const [name, path] of screens()) {
        await page.goto(path);
        await settle(page);
        expect(await page.evaluate(() => document.documentElement.lang), `${name} in ${locale}`).toBe(language);
        const missing = await missingKeys(page);
        expect(missing, `${name} in ${language}`).toEqual([]);
        // A raw key (namespace:key or dotted.key) on screen is a missing text i18next did not report.
        const text = await page.locator('main').innerText();
        expect(text, `${name} in ${language}`).not.toMatch(/(?<![\w-])(common|dashboard|codes|plans|editor|projects|overlaps|members|partners|map|problems):[a-zA-Z]/);
      }
      await page.goto(base);
      await page.getByRole('link', { name: dashboardWord }).first().waitFor();
      await page.locator('.kpis').first().waitFor();
      await settle(page);
      if (language !== 'en') await keepShot(page, `dashboard-${language}`);
    });
  }
});

describe('accessibility and small screens', () => {
  it('has no serious or critical axe-core violation on any screen', async () => {
    const { page } = await newPage('axe', { identity: 'secretariat' });
    for (const [name, path] of screens()) {
      await page.goto(path);
      await settle(page);
      await expectAccessible(page, name);
    }
  });

  it('fits a 390 px phone without sideways scrolling of the page', async () => {
    const { page } = await newPage('phone', { width: 390, height: 844 });
    for (const [name, path] of screens()) {
      await page.goto(path);
      await settle(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} at 390 px`).toBeLessThanOrEqual(1);
    }
    await page.goto(base);
    await page.locator('.kpis').first().waitFor();
    await settle(page);
    await keepShot(page, 'dashboard-phone');
  });

  it('is usable with the keyboard alone: skip link, sign-in, a list, the overlap matrix', async () => {
    const { page } = await newPage('keyboard');
    await page.goto(`${base}/sign-in`);
    await settle(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Through the form to the secretariat choice, then submit.
    await page.locator('input[value="public"]').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[value="secretariat"]').isChecked()).toBe(true);
    await page.locator('button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${base}$`));
    expect(await page.evaluate(() => sessionStorage.getItem('neascn.identity'))).toBe('secretariat');

    await page.goto(`${base}/overlaps`);
    const cell = page.locator('button.heat-cell').first();
    await cell.waitFor({ timeout: 60_000 });
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.locator('#why-title').waitFor();
  });
});
