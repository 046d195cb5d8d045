import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, missingKeys, newPage, useBrowser } from '../support/browser';
import { initiative, member, publishedPlan } from './setup';

useBrowser();

const LANGUAGES = ['en', 'ko', 'zh-Hans', 'ja', 'ru', 'mn'];

describe('every cooperation screen in the six languages', () => {
  let screens: string[] = [];
  beforeAll(async () => {
    const city = await member('languages-city', 'CN', 'Language city (test)');
    const plan = await publishedPlan(city);
    const id = await initiative('languages', 'ulaanbaatar', 'shanghai', 'Languages: shared platform');
    screens = [
      '/networks/neascn/initiatives',
      `/networks/neascn/initiatives/${id}`,
      '/networks/neascn/meetings',
      '/networks/neascn/meetings/neascn-prews-2020-12-09',
      '/networks/neascn/action-items',
      '/networks/neascn/monitoring',
      `/networks/neascn/plans/${plan}/monitoring`,
      '/networks/neascn/consultation',
      '/networks/neascn/members/ulaanbaatar/timeline',
      '/public/networks/neascn',
      `/public/networks/neascn/members/${city}`,
    ];
  });

  for (const language of LANGUAGES) {
    it(`shows no missing text in ${language}${language === 'ko' ? ', and passes axe in Korean as in English' : ''}`, async () => {
      const { page } = await newPage(`languages-${language}`, { language, identity: 'secretariat' });
      for (const screen of screens) {
        await page.goto(`${screen}?lang=${language}`);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => document.documentElement.lang), screen).toBe(language);
        expect(await missingKeys(page), `${language} ${screen}`).toEqual([]);
        if (language === 'ko') await expectAccessible(page, `${screen} in Korean`);
      }
      await page.context().close();
    });
  }
});
