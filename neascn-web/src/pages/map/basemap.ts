import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Natural Earth country shapes (1:50 m) from the world-atlas package, bundled with the
 * application: the map reaches no tile server, CDN or font service.
 */
export async function countryShapes(): Promise<FeatureCollection> {
  const topology = (await import('world-atlas/countries-50m.json')).default as unknown as Topology<{ countries: GeometryCollection }>;
  return feature(topology, topology.objects.countries) as FeatureCollection;
}
