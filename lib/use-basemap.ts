'use client';
import useSWR from 'swr';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { fetchJson } from './fetch-json';
import { apiPath } from './urls';

export type CountryProps = { name: string; label: [number, number]; area: number };
export type Countries = FeatureCollection<Polygon | MultiPolygon, CountryProps>;

export const BASEMAP_KEY = apiPath('basemap');

// Decoded inside the fetcher so the TopoJSON is turned into GeoJSON once, not on every render.
export async function fetchCountries(url: string): Promise<Countries> {
  const topo = await fetchJson<Topology<{ countries: GeometryCollection<CountryProps> }>>(url);
  return feature(topo, topo.objects.countries) as Countries;
}

export function useBasemap() {
  return useSWR<Countries>(BASEMAP_KEY, fetchCountries, {
    revalidateIfStale: false,
    revalidateOnFocus: false,
  });
}
