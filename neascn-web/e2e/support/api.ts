import { BASE_URL } from './browser';

/** REST calls for test fixtures, as any API client makes them (local-mode identities). */
export async function call(method: string, path: string, identity?: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(path.replace(/^\//, ''), BASE_URL), {
    method,
    headers: {
      Accept: 'application/json',
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(identity ? { 'Local-Identity': identity } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} as ${identity ?? 'public'}: ${response.status} ${text}`);
  return { status: response.status, etag: response.headers.get('ETag') ?? '', body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** A member with a published plan, through the API: a second city for the overlap explorer. */
export async function publishedCity(network: string, id: string, language: string, name: string, vision: string, target: string) {
  await call('POST', `api/v1/networks/${network}/members`, 'secretariat', {
    id, network, name: { original: language, texts: { [language]: name } }, level: 'CITY', country: 'MN', status: 'ACTIVE',
  });
  const plan = `${id}-scap-1`;
  await call('POST', `api/v1/networks/${network}/plans`, `member-editor:${id}`, {
    id: plan, network, member: id, version: 1, period: { startYear: 2026, endYear: 2030 }, status: 'DRAFT',
    vision: { original: language, texts: { [language]: vision } },
    focusAreas: ['quality-environment', 'built-infrastructure'],
    targets: [{
      key: 't1', text: { original: language, texts: { [language]: target } }, focusAreas: ['quality-environment'], sdgTargets: ['11.6'],
      indicators: [{ key: 'i1', name: { original: language, texts: { [language]: 'PM2.5' } }, unit: 'µg/m³', baseline: { value: 60, year: 2025 }, target: { value: 35, year: 2030 } }],
    }],
  });
  const read = await call('GET', `api/v1/networks/${network}/plans/${plan}`, `member-editor:${id}`);
  const submitted = await call('POST', `api/v1/networks/${network}/plans/${plan}/submit`, `member-editor:${id}`, undefined, { 'If-Match': read.etag });
  await call('POST', `api/v1/networks/${network}/plans/${plan}/publish`, 'secretariat', undefined, { 'If-Match': submitted.etag });
  return plan;
}
