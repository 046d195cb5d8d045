import { BASE_URL } from '../support/browser';

/**
 * Records the cooperation tests start from, made through the API as a client would (local
 * mode's identities): members, plans, initiatives. Identifiers are unique to the run, because
 * the database outlives it.
 */
export const RUN = Date.now().toString(36);
export const NETWORK = 'neascn';

export function unique(prefix: string): string {
  return `${prefix}-${RUN}`;
}

export async function call(identity: string | undefined, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(`api/v1/networks/${NETWORK}/${path}`, BASE_URL), {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(identity ? { 'Local-Identity': identity } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} as ${identity ?? 'public'}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

const en = (text: string) => ({ original: 'en', texts: { en: text } });

export async function member(prefix: string, country: string, name: string): Promise<string> {
  const id = unique(prefix);
  await call('secretariat', 'POST', 'members', {
    id, network: NETWORK, name: en(name), level: 'CITY', country, status: 'ACTIVE', population: 100000,
  });
  return id;
}

export async function initiative(prefix: string, lead: string, other: string, title: string): Promise<string> {
  const id = unique(prefix);
  await call('secretariat', 'POST', 'initiatives', {
    id, network: NETWORK, title: en(title), lead, members: [lead, other], status: 'PROPOSED',
    theme: { kind: 'SDG_TARGET', code: '11.6', label: en('Air quality and waste') },
    partners: [{ partner: 'adb', role: 'FUNDING' }], targets: [], projects: [], sanctionsExemptions: [],
    milestones: [{ title: en('Joint monitoring protocol'), due: '2030-06-30', status: 'PLANNED' }],
  });
  return id;
}

/** A published plan of a member, with one target and one indicator (PM2.5, µg/m³). */
export async function publishedPlan(memberId: string): Promise<string> {
  const id = unique(`${memberId}-scap`);
  await call(`member-editor:${memberId}`, 'POST', 'plans', {
    id, network: NETWORK, member: memberId, version: 1, period: { startYear: 2024, endYear: 2030 }, status: 'DRAFT',
    vision: en('Clean air for every district'), focusAreas: ['quality-environment'],
    targets: [{
      key: 'clean-air', text: en('Halve fine dust by 2030'), focusAreas: ['quality-environment'], sdgTargets: ['11.6'],
      indicators: [{ key: 'pm25', name: en('Annual mean PM2.5'), unit: 'µg/m³', baseline: { value: 50, year: 2023 }, target: { value: 25, year: 2030 }, measurements: [] }],
    }],
    projects: [],
  });
  await call(`member-editor:${memberId}`, 'POST', `plans/${id}/submit`);
  await call('secretariat', 'POST', `plans/${id}/publish`);
  return id;
}

export async function draftPlan(memberId: string): Promise<string> {
  const id = unique(`${memberId}-draft`);
  await call(`member-editor:${memberId}`, 'POST', 'plans', {
    id, network: NETWORK, member: memberId, version: 1, period: { startYear: 2024, endYear: 2030 }, status: 'DRAFT',
    vision: en('A draft nobody outside may see'), focusAreas: ['quality-environment'], targets: [], projects: [],
  });
  return id;
}
