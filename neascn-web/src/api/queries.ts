import { useQuery } from '@tanstack/react-query';
import { api, ok } from './client';
import type { Network } from './types';

/** Reads shared by many screens. Keys start with the path, so invalidation follows the API. */
export function useNetworks() {
  return useQuery({
    queryKey: ['networks'],
    queryFn: () => ok(api.GET('/api/v1/networks')) as Promise<Network[]>,
  });
}

export function networkQuery(network: string) {
  return {
    queryKey: ['networks', network],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}', { params: { path: { network } } })) as Promise<Network>,
  };
}

export function useNetwork(network: string) {
  return useQuery(networkQuery(network));
}
