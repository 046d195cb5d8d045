// Dashboard benchmark: a network of N members (default 300), each with a published plan and a
// project, loaded into a running server through its API (idempotent: existing records are kept),
// then the dashboard opened in headless Chromium over loopback, R times, each in a fresh browser
// context (empty cache). "Usable" is the moment the dashboard's figures are on screen (its KPI
// cards, counted from the dashboard endpoint); the browser's own performance timing gives it
// beside navigation start, DOMContentLoaded and load.
//
//   node bench/dashboard.mjs http://127.0.0.1:9080/ [members=300] [runs=7]
import { chromium } from 'playwright-core';

const base = (process.argv[2] ?? 'http://127.0.0.1:9080/').replace(/\/?$/, '/');
const members = Number(process.argv[3] ?? 300);
const runs = Number(process.argv[4] ?? 7);
const network = 'neascn';
const countries = ['CN', 'JP', 'KR', 'MN', 'RU'];
const languages = { CN: 'zh-Hans', JP: 'ja', KR: 'ko', MN: 'mn', RU: 'ru' };
const focus = ['civic-social', 'health-wellbeing', 'safety-security', 'quality-environment', 'built-infrastructure', 'industry-innovation'];

async function api(method, path, identity, body, headers = {}) {
  const response = await fetch(new URL(path, base), {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...(identity ? { 'Local-Identity': identity } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok && response.status !== 409) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

async function seed(i) {
  const id = `bench-city-${String(i).padStart(4, '0')}`;
  const country = countries[i % countries.length];
  const language = languages[country];
  const exists = await fetch(new URL(`api/v1/networks/${network}/members/${id}`, base));
  if (exists.ok) return;
  await api('POST', `api/v1/networks/${network}/members`, 'secretariat', {
    id, network, name: { original: language, texts: { [language]: `City ${i}`, en: `Bench city ${i}` } }, level: 'CITY', country, status: 'ACTIVE',
  });
  const plan = `${id}-scap-1`;
  const areas = [focus[i % 6], focus[(i + 2) % 6]];
  await api('POST', `api/v1/networks/${network}/plans`, `member-editor:${id}`, {
    id: plan, network, member: id, version: 1, period: { startYear: 2026, endYear: 2030 }, status: 'DRAFT',
    vision: { original: language, texts: { [language]: `Vision ${i}` } }, focusAreas: areas,
    targets: [{ key: 't1', text: { original: 'en', texts: { en: `Target ${i}` } }, focusAreas: [areas[0]], sdgTargets: ['11.6'],
      indicators: [{ key: 'i1', name: { original: 'en', texts: { en: 'PM2.5' } }, unit: 'µg/m³', baseline: { value: 50, year: 2025 }, target: { value: 25, year: 2030 } }] }],
  });
  const read = await api('GET', `api/v1/networks/${network}/plans/${plan}`, `member-editor:${id}`);
  const submitted = await api('POST', `api/v1/networks/${network}/plans/${plan}/submit`, `member-editor:${id}`, undefined, { 'If-Match': read.headers.get('ETag') });
  await api('POST', `api/v1/networks/${network}/plans/${plan}/publish`, 'secretariat', undefined, { 'If-Match': submitted.headers.get('ETag') });
  await api('POST', `api/v1/networks/${network}/projects`, `member-editor:${id}`, {
    id: `${id}-project`, network, member: id, plan, title: { original: 'en', texts: { en: `Project ${i}` } },
    location: { country }, stage: 'FEASIBILITY', financingStatus: 'NOT_FUNDED_SEEKING_FULL', totalCost: { amount: 1000000 + i * 1000, currency: 'USD' },
  });
}

const started = Date.now();
for (let i = 0; i < members; i += 4) {
  await Promise.all([0, 1, 2, 3].filter((k) => i + k < members).map((k) => seed(i + k)));
}
console.log(`seeded ${members} members with published plans and projects in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const browser = await chromium.launch({
  executablePath: process.env.NEASCN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = [];
for (let r = 0; r < runs + 1; r++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL(`networks/${network}`, base).toString());
  await page.locator('.kpis .kpi-value').first().waitFor({ timeout: 30_000 });
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const scripts = performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'));
    return {
      usable: performance.now(),
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      dashboardRequest: performance.getEntriesByType('resource').find((e) => e.name.includes('/dashboard'))?.duration ?? null,
      scriptBytes: scripts.reduce((sum, e) => sum + (e.encodedBodySize || 0), 0),
    };
  });
  await context.close();
  if (r > 0) results.push(timing); // the first run warms the server's caches and JIT
}
await browser.close();
const sorted = (key) => results.map((x) => x[key]).filter((v) => v !== null).sort((a, b) => a - b);
const median = (key) => sorted(key)[Math.floor(sorted(key).length / 2)];
const max = (key) => sorted(key)[sorted(key).length - 1];
const total = (await (await fetch(new URL(`api/v1/networks/${network}/members?limit=1`, base))).json()).total;
console.log(`dashboard of ${total} members, ${runs} cold-cache runs after one warm-up:`);
for (const key of ['usable', 'domContentLoaded', 'load', 'dashboardRequest']) {
  console.log(`  ${key.padEnd(17)} median ${median(key).toFixed(0)} ms, max ${max(key).toFixed(0)} ms`);
}
console.log(`  JavaScript fetched before usable: ${(results[0].scriptBytes / 1024).toFixed(0)} KB (as transferred: gzipped when the server compresses)`);
