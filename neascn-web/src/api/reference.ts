import { useQuery } from '@tanstack/react-query';
import { api, ok } from './client';
import type { Country, IndicatorDefinition, SdgGoal, Taxonomy } from './types';
import { useNetwork } from './queries';

/** The reference data behind every picker: read once per session, it changes with a release. */
const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export function useCountries() {
  return useQuery({
    queryKey: ['reference', 'countries'],
    queryFn: () => ok(api.GET('/api/v1/reference/countries')) as Promise<Country[]>,
    ...forever,
  });
}

export function useTaxonomies() {
  return useQuery({
    queryKey: ['reference', 'taxonomies'],
    queryFn: () => ok(api.GET('/api/v1/reference/taxonomies')) as Promise<Taxonomy[]>,
    ...forever,
  });
}

/** The focus areas of a network's taxonomy. */
export function useFocusAreas(network: string) {
  const record = useNetwork(network);
  const taxonomies = useTaxonomies();
  const taxonomy = taxonomies.data?.find((t) => t.id === record.data?.taxonomy);
  return { focusAreas: taxonomy?.focusAreas ?? [], isPending: record.isPending || taxonomies.isPending };
}

export function useSdgs() {
  return useQuery({
    queryKey: ['reference', 'sdgs'],
    queryFn: () => ok(api.GET('/api/v1/reference/sdgs')) as Promise<SdgGoal[]>,
    ...forever,
  });
}

export function useIndicatorCatalogue() {
  return useQuery({
    queryKey: ['reference', 'indicators'],
    queryFn: () => ok(api.GET('/api/v1/reference/indicators')) as Promise<IndicatorDefinition[]>,
    ...forever,
  });
}
