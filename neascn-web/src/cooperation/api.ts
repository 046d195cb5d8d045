import { useQuery } from '@tanstack/react-query';
import { rawFetch } from '../api/client';
import type { components } from '../api/schema.gen';
import type { Page, RecordView } from '../api/types';

/**
 * What the cooperation screens read and send: initiatives, meetings and their minutes, action
 * items, monitoring and consultation. The record types come from the generated API types; every
 * call goes through the application's one client (credentials, language, problems).
 */
type S = components['schemas'];
export type Initiative = S['Initiative'];
export type InitiativeStatus = NonNullable<Initiative['status']>;
export type Milestone = S['Milestone'];
export type BoardCard = S['BoardCard'];
export type Meeting = S['Meeting'];
export type AgendaItem = S['AgendaItem'];
export type Takeaway = S['Takeaway'];
export type ActionItem = S['ActionItem'];
export type ActionItemEntry = S['ActionItemEntry'];
export type OwnerOverdue = S['OwnerOverdue'];
export type ReviewEntry = S['ReviewEntry'];
export type ConsultationRound = S['ConsultationRound'];
export type FrameworkVersion = S['FrameworkVersion'];
export type Feedback = S['Feedback'];
export type NetworkProgress = S['NetworkProgress'];
export type ProgressSummary = S['ProgressSummary'];
export type PlanProgress = S['PlanProgress'];
export type Screening = S['ScreeningResult'];
export type TimelineView = S['TimelineView'];
export type OrganisationRef = S['OrganisationRef'];
export type Plan = S['Scap'];
export type Person = S['Person'];

export function networkPath(network: string, path: string): string {
  return `/api/v1/networks/${encodeURIComponent(network)}/${path}`;
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await rawFetch(path, { headers: { Accept: 'application/json' } });
  return (await response.json()) as T;
}

/** A workflow command: POST with an optional JSON body and the version it is based on. */
export async function command<T>(path: string, body?: unknown, version?: number): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (version !== undefined) headers['If-Match'] = `"${version}"`;
  const response = await rawFetch(path, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function remove<T>(path: string): Promise<T> {
  const response = await rawFetch(path, { method: 'DELETE', headers: { Accept: 'application/json' } });
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A read of the network, cached under its path so that a command can refresh what it changed. */
export function useNetworkJson<T>(network: string, path: string, enabled = true) {
  return useQuery({
    queryKey: [network, 'cooperation', path],
    queryFn: () => getJson<T>(networkPath(network, path)),
    enabled: enabled && network !== '',
  });
}

export function useRecord<T>(network: string, collection: string, id: string) {
  return useNetworkJson<RecordView<T>>(network, `${collection}/${encodeURIComponent(id)}`, id !== '');
}

/** Every record of a small register, for names and pickers. */
export function useEvery<T>(network: string, collection: string, query = '') {
  return useQuery({
    queryKey: [network, 'cooperation', 'every', collection, query],
    queryFn: async () => {
      const all: RecordView<T>[] = [];
      for (let offset = 0; ; offset += 200) {
        const page = await getJson<Page<T>>(networkPath(network, `${collection}?limit=200&offset=${offset}${query ? `&${query}` : ''}`));
        all.push(...(page.items ?? []));
        if (page.nextOffset === undefined || page.nextOffset === null || (page.items ?? []).length === 0) return all;
      }
    },
    enabled: network !== '',
  });
}

/** Display names by id, from a register's list (members, partners, persons). */
export function useNames(network: string, collection: string): Map<string, string> {
  const every = useEvery<unknown>(network, collection);
  return new Map((every.data ?? []).map((r) => [r.id ?? '', r.displayName ?? r.id ?? '']));
}

export function ownerKey(owner: OrganisationRef | undefined): string {
  return owner ? `${String(owner.kind).toLowerCase()}:${owner.id}` : '';
}
