import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, keepShot, missingKeys, newPage, useBrowser } from './support/browser';
import { publishedCity } from './support/api';

/**
 * The scenario, as the people it is for would go through it: the secretariat registers
 * a city in Korean with an English name; the city's editor writes its plan in Korean with an
 * English translation through the wizard and submits it; the secretariat returns it once, the
 * editor corrects it (a stale second tab is refused with the conflict shown), the secretariat
 * publishes it; the plan then shows on the dashboard, the map and the city profile; its overlap
 * with a Mongolian plan is explained; its project's financing matches are read.
 */
useBrowser();

const RUN = Date.now().toString(36);
const NETWORK = 'neascn';
const MEMBER = `busan-${RUN}`;
const PLAN = `${MEMBER}-scap-1`;
const PROJECT = `${MEMBER}-air-sensors`;
const OTHER = `erdenet-${RUN}`;
const base = `/networks/${NETWORK}`;
// Names carry the run, so that records left by earlier runs never make a locator ambiguous.
const BUSAN = `Busan ${RUN}`;
const ERDENET = `Эрдэнэт ${RUN}`;
const SENSORS = `Air-quality sensors ${RUN}`;

async function multilingual(page: Page, path: string, original: string, text: string, translations: Record<string, string> = {}) {
  const field = page.locator(`fieldset[data-path="${path}"]`).first();
  await field.locator('select').first().selectOption(original);
  await field.locator(`[lang="${original}"]`).fill(text);
  for (const [language, translation] of Object.entries(translations)) {
    await field.locator('.ml-add select').selectOption(language);
    await field.locator('.ml-add button').click();
    await field.locator(`[lang="${language}"]`).fill(translation);
  }
}

async function status(page: Page, expected: string) {
  await page.locator('h1 .badge', { hasText: expected }).waitFor();
}

describe('a city and its action plan, from registration to publication', () => {
  it('the secretariat registers the city in Korean with its English name', async () => {
    const { page } = await newPage('register-member', { identity: 'secretariat' });
    await page.goto(`${base}/members/new`);
    await page.getByLabel('Identifier').fill(MEMBER);
    await multilingual(page, 'name', 'ko', '부산광역시', { en: BUSAN });
    await page.getByLabel('Country').selectOption('KR');
    await page.getByLabel('Level of government').selectOption('METROPOLITAN');
    await page.getByLabel('Status').selectOption('ACTIVE');
    await page.getByLabel(/Latitude/).fill('35.1796');
    await page.getByLabel(/Longitude/).fill('129.0756');
    await page.getByRole('button', { name: 'Register the member' }).click();
    await page.waitForURL(new RegExp(`/members/${MEMBER}$`));
    await page.getByRole('heading', { level: 1, name: BUSAN }).waitFor();
    expect(await missingKeys(page)).toEqual([]);
  });

  it("the city's editor writes the plan through the wizard, validated as it types, and submits it", async () => {
    const { page } = await newPage('wizard', { identity: `member-editor:${MEMBER}` });
    await page.goto(`${base}/plans/new?member=${MEMBER}`);
    await page.getByLabel('Identifier').fill(PLAN);
    await multilingual(page, 'vision', 'ko', '깨끗한 공기와 스마트한 교통의 도시', { en: 'A city of clean air and smart mobility' });
    await expectAccessible(page, 'plan editor');
    await keepShot(page, 'plan-editor');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.waitForURL(new RegExp(`/plans/${PLAN}/edit`));
    await page.getByText('Draft saved').waitFor();

    // Validation while typing: the server's rule for an emptied vision is shown before any save
    // (on the field when the problem names its full path, in the list of the draft's problems always).
    const vision = page.locator('fieldset[data-path="vision"]');
    await vision.locator('[lang="ko"]').fill('');
    await vision.locator('[lang="en"]').fill('');
    await page.locator('.live-errors li', { hasText: 'at least one language' }).waitFor();
    await vision.locator('[lang="ko"]').fill('깨끗한 공기와 스마트한 교통의 도시');
    await vision.locator('[lang="en"]').fill('A city of clean air and smart mobility');
    await page.locator('.live-errors').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: /Focus areas/ }).click();
    await page.getByLabel('Quality Environment').check();
    await page.getByLabel('Built Infrastructure').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Add a target' }).click();
    await multilingual(page, 'targets[0].text', 'ko', '초미세먼지 농도를 절반으로 줄인다', { en: 'Halve fine dust (PM2.5)' });
    await page.locator('fieldset[data-path="targets[0].focusAreas"]').getByLabel('Quality Environment').check();
    await page.locator('fieldset[data-path="targets[0]"] select[multiple]').selectOption(['11.6']);
    await page.getByRole('button', { name: 'Add an indicator' }).click();
    await multilingual(page, 'targets[0].indicators[0].name', 'ko', '연평균 초미세먼지 농도');
    await page.getByLabel('Unit').fill('µg/m³');
    await page.getByLabel('Baseline value').fill('38');
    await page.getByLabel('Baseline year').fill('2025');
    await page.getByLabel('Target value').fill('19');
    await page.getByLabel('Target year').fill('2030');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByText('Draft saved').waitFor();

    await page.getByRole('button', { name: /Priority projects/ }).click();
    await page.locator('.new-project').getByLabel('Identifier').fill(PROJECT);
    await multilingual(page, 'title', 'ko', '대기질 센서망', { en: SENSORS });
    await page.getByLabel('Stage').selectOption('FEASIBILITY');
    await page.getByLabel('Total cost').fill('4500000');
    await page.getByLabel(/Latitude/).fill('35.1796');
    await page.getByLabel(/Longitude/).fill('129.0756');
    await page.getByRole('button', { name: 'Add the project' }).click();
    await page.getByRole('link', { name: SENSORS }).waitFor();
    await page.getByRole('button', { name: 'Save and submit for review' }).click();
    await page.waitForURL(new RegExp(`/plans/${PLAN}$`));
    await status(page, 'Submitted');
    expect(await missingKeys(page)).toEqual([]);
  });

  it('the secretariat returns the plan once, with comments', async () => {
    const { page } = await newPage('return', { identity: 'secretariat' });
    await page.goto(`${base}/plans/${PLAN}`);
    await page.getByRole('button', { name: 'Return for revision' }).click();
    await multilingual(page, 'comments', 'en', 'Please add the baseline source.');
    await page.getByRole('button', { name: 'Return the plan' }).click();
    await status(page, 'Returned for revision');
  });

  it('a stale edit is refused with the conflict shown, and the corrected plan is resubmitted', async () => {
    const first = await newPage('stale-first', { identity: `member-editor:${MEMBER}` });
    const second = await newPage('stale-second', { identity: `member-editor:${MEMBER}` });
    for (const { page } of [first, second]) {
      await page.goto(`${base}/plans/${PLAN}/edit`);
      await page.locator('fieldset[data-path="vision"] [lang="en"]').waitFor();
    }
    await first.page.locator('fieldset[data-path="vision"] [lang="en"]').fill('A city of clean air, smart mobility and open data');
    await first.page.getByRole('button', { name: 'Save the draft' }).click();
    await first.page.getByText('Draft saved').waitFor();

    await second.page.locator('fieldset[data-path="vision"] [lang="en"]').fill('Something else entirely');
    await second.page.getByRole('button', { name: 'Save the draft' }).click();
    await second.page.getByRole('heading', { name: 'Someone else changed this plan' }).waitFor();
    await second.page.locator('.conflict .diff').waitFor();
    await keepShot(second.page, 'conflict');
    await second.page.getByRole('button', { name: 'Reload the current version' }).click();
    await expect.poll(() => second.page.locator('fieldset[data-path="vision"] [lang="en"]').inputValue()).toBe('A city of clean air, smart mobility and open data');

    await first.page.getByRole('button', { name: 'Save and submit for review' }).click();
    await first.page.waitForURL(new RegExp(`/plans/${PLAN}$`));
    await status(first.page, 'Submitted');
  });

  it('the secretariat publishes it, and the versions can be compared side by side', async () => {
    const { page } = await newPage('publish', { identity: 'secretariat' });
    await page.goto(`${base}/plans/${PLAN}`);
    await page.getByRole('button', { name: 'Publish' }).click();
    await status(page, 'Published');
    await page.getByLabel('Compare').selectOption('1');
    await page.locator('table.diff').waitFor();
    expect(await page.locator('table.diff tbody tr').count()).toBeGreaterThan(0);
    await keepShot(page, 'plan-view');
  });

  it('the published plan shows on the dashboard, the map and the city profile', async () => {
    const { page } = await newPage('seen');
    await page.goto(`${base}/members/${MEMBER}`);
    await page.locator('.card h3 .badge', { hasText: 'Published' }).waitFor();
    await page.goto(base);
    await page.getByRole('heading', { name: 'Recent activity' }).waitFor();
    await page.locator(`.activity a[href$="/plans/${PLAN}"]`).first().waitFor();
    await keepShot(page, 'dashboard');
    await page.goto(`${base}/map`);
    await page.locator(`.leaflet-marker-icon[title="${SENSORS}"]`).waitFor();
    await page.locator(`.leaflet-marker-icon.map-marker-member[title="${BUSAN}"]`).waitFor();
    // The bundled Natural Earth shapes are drawn (no tile server is reached).
    await page.waitForFunction(() => [...document.querySelectorAll('.leaflet-overlay-pane path')].some((p) => (p.getAttribute('d') ?? '').length > 200));
    await keepShot(page, 'map');
    await page.locator(`.leaflet-marker-icon[title="${SENSORS}"]`).click();
    await page.waitForURL(new RegExp(`/projects/${PROJECT}$`));
  });

  it('its overlap with a Mongolian plan is opened and explained side by side', async () => {
    const other = await publishedCity(NETWORK, OTHER, 'mn', ERDENET, 'Цэвэр агаартай ухаалаг хот', 'Агаарын бохирдлыг бууруулах');
    const { page } = await newPage('overlap');
    await page.goto(`${base}/overlaps`);
    const cell = page.getByRole('button', { name: new RegExp(`^${BUSAN} and ${ERDENET}: `) });
    await cell.waitFor({ timeout: 60_000 });
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`a=${PLAN}&b=${other}`));
    await page.getByRole('heading', { name: `Why ${BUSAN} and ${ERDENET} overlap` }).waitFor();
    await page.locator('table.evidence tr[data-component="FOCUS_AREAS"]').first().waitFor();
    expect(await page.locator('table.evidence [lang="mn"]').count()).toBeGreaterThan(0);
    await keepShot(page, 'overlaps');
    expect(await missingKeys(page)).toEqual([]);
  });

  it("the project's financing matches are read, with reasons and near misses", async () => {
    const { page } = await newPage('matches');
    await page.goto(`${base}/projects/${PROJECT}`);
    await page.getByRole('heading', { name: 'Financing matches' }).waitFor();
    await page.locator('.matches li, .problem[role="note"]').first().waitFor();
    const verdicts = await page.locator('.matches li').evaluateAll((items) => items.map((i) => i.getAttribute('data-verdict')));
    expect(verdicts.length).toBeGreaterThan(0);
    await page.locator('[data-screening]').waitFor();
    await page.locator('.ladder li[aria-current="step"]').waitFor();
    await keepShot(page, 'project');
    await expectAccessible(page, 'project page');
  });
});

export { RUN, MEMBER, PLAN, PROJECT };
