import { useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { problemOf } from '../../api/problem';

/**
 * Reads for the public pages, sent without any credentials whoever is signed in in this tab:
 * what they show is exactly what an anonymous visitor may see (published records only).
 */
export async function publicJson<T>(path: string): Promise<T> {
  const response = await fetch(path, {
    headers: { Accept: 'application/json', 'Accept-Language': `${i18next.language || 'en'},en;q=0.5` },
    credentials: 'omit',
  });
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}

export function usePublic<T>(network: string, path: string) {
  return useQuery({
    queryKey: ['public', network, path, i18next.language],
    queryFn: () => publicJson<T>(`/api/v1/networks/${encodeURIComponent(network)}/${path}`),
  });
}
