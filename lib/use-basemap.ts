'use client';
import useSWR from 'swr';
import { fetchJson } from './fetch-json';
import { asCountriesTopology, countriesOf, type Countries } from './basemap-data';
import { apiPath } from './urls';

export type { CountryProps, Countries } from './basemap-data';

export const BASEMAP_KEY = apiPath('basemap');

// Decoded inside the fetcher so the TopoJSON is turned into GeoJSON once, not on every render.
export async function fetchCountries(url: string): Promise<Countries> {
  return countriesOf(await fetchJson(url, asCountriesTopology));
}

export function useBasemap() {
  return useSWR<Countries>(BASEMAP_KEY, fetchCountries, {
    revalidateIfStale: false,
    revalidateOnFocus: false,
  });
}
