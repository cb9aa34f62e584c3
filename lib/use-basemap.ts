'use client';
import { fetchJson, nextTask } from './fetch-json';
import { asCountriesTopology, countriesOf, type Countries } from './basemap-data';
import { apiPath, mapRoute } from './urls';
import { useFetched } from './use-fetched';

export type { CountryProps, Countries } from './basemap-data';

/** The basemap's whole detail, or the overview for a map that shows no more than zoom 5 or so. */
export const basemapKey = (detailed: boolean) => apiPath(detailed ? 'basemap' : 'basemap-overview');

/**
 * A page whose map opens on one place (a place, a briefing's step) opens zoomed in: a region at
 * 6 or more; a city at 5, where the detail comes a little early.
 */
export const opensZoomedIn = (path: string) => {
  const { view, id } = mapRoute(path);
  return id !== undefined || view === 'brief';
};

// Decoded inside the fetcher so the TopoJSON is turned into GeoJSON once, not on every render.
export async function fetchCountries(url: string): Promise<Countries> {
  const topology = await fetchJson(url, asCountriesTopology);
  // Decoded in a task of its own.
  await nextTask();
  return countriesOf(topology);
}

export function useBasemap(detailed: boolean) {
  // The overview stays drawn while the detail loads.
  return useFetched(basemapKey(detailed), fetchCountries, { keepPrevious: true });
}
