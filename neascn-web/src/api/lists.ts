import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { rawFetch } from './client';
import type { Page } from './types';

/**
 * A page of a register list with the API's own filters, sort, offset and limit. The filters
 * (country, status, stage...) are passed through as the API names them.
 */
export type ListQuery = Record<string, string | number | undefined>;

export function listUrl(network: string, collection: string, query: ListQuery): string {
  const params = new URLSearchParams();
  Object.entries(query).forEach(([k, v]) => {
    if (v !== undefined && v !== '') params.set(k, String(v));
  });
  const search = params.toString();
  return `/api/v1/networks/${encodeURIComponent(network)}/${collection}${search ? `?${search}` : ''}`;
}

export async function fetchPage<T>(network: string, collection: string, query: ListQuery): Promise<Page<T>> {
  const response = await rawFetch(listUrl(network, collection, query), { headers: { Accept: 'application/json' } });
  return (await response.json()) as Page<T>;
}

export function usePage<T>(network: string, collection: string, query: ListQuery, enabled = true) {
  return useQuery({
    queryKey: [network, collection, 'list', query],
    queryFn: () => fetchPage<T>(network, collection, query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Every record of a small register (members, partners: pickers), page after page. */
export async function fetchAll<T>(network: string, collection: string, query: ListQuery = {}): Promise<NonNullable<Page<T>['items']>> {
  const all: NonNullable<Page<T>['items']> = [];
  let offset = 0;
  for (;;) {
    const page = await fetchPage<T>(network, collection, { ...query, offset, limit: 200 });
    all.push(...(page.items ?? []));
    if (page.nextOffset === undefined || page.nextOffset === null || (page.items ?? []).length === 0) return all;
    offset = page.nextOffset;
  }
}

export function useAll<T>(network: string, collection: string, query: ListQuery = {}) {
  return useQuery({
    queryKey: [network, collection, 'all', query],
    queryFn: () => fetchAll<T>(network, collection, query),
  });
}
