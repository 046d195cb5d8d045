import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, expect, onTestFailed } from 'vitest';

/**
 * The harness of the browser tests: real headless Chromium (Debian's), one browser per test
 * file, a fresh context (cookies, storage) per page, screenshots kept when a test fails.
 */
export const BASE_URL = (process.env.NEASCN_BASE_URL ?? 'http://127.0.0.1:9080/').replace(/\/?$/, '/');
export const SCREENSHOTS = process.env.NEASCN_SCREENSHOTS ?? join(process.cwd(), 'target', 'e2e-screenshots');

// Without these Chromium tries hosts our machines cannot reach; as root it needs --no-sandbox.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let browser: Browser | undefined;

export function useBrowser() {
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.NEASCN_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: FLAGS,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
}

export interface Visit {
  /** Interface language, as the browser would announce it. */
  language?: string;
  /** Local-mode identity: secretariat, member-editor:<id>, partner:<id>. */
  identity?: string;
  width?: number;
  height?: number;
}

/** A new page in a new context; a failing test leaves a screenshot of it behind. */
export async function newPage(name: string, visit: Visit = {}): Promise<{ page: Page; context: BrowserContext }> {
  if (!browser) throw new Error('useBrowser() must be called in the test file');
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: visit.language ?? 'en',
    viewport: { width: visit.width ?? 1280, height: visit.height ?? 900 },
    extraHTTPHeaders: { 'Accept-Language': visit.language ?? 'en' },
  });
  if (visit.identity) {
    await context.addInitScript((identity) => sessionStorage.setItem('neascn.identity', identity), visit.identity);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  onTestFailed(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = join(SCREENSHOTS, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`screenshot kept: ${file}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
  });
  return { page, context };
}

/** Keys the interface asked for that no text file has (recorded by src/i18n). */
export async function missingKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.__missingKeys ?? [])]);
}

/** axe-core in the page: no serious or critical violation. */
export async function expectAccessible(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`),
    `accessibility of ${label}`,
  ).toEqual([]);
}

/** Keeps a screenshot for the README (NEASCN_README_SHOTS names the folder). */
export async function keepShot(page: Page, name: string) {
  const folder = process.env.NEASCN_README_SHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: false });
}
