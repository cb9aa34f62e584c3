'use client';
import { usePathname } from 'next/navigation';
import { fetchJson } from './fetch-json';
import { asPlaces } from './json-guards';
import { placesDataPath } from './urls';
import { useFetched } from './use-fetched';

/** The places the map on the page at `path` draws: the collection's, or one article's. */
export const placesKey = (path: string) => placesDataPath(path);

export const fetchPlaces = (url: string) => fetchJson(url, asPlaces);

/**
 * The places, from GET /api/places or /api/articles/<slug>/places, as the route says (requested as the page boots: see map-loader.tsx). The pages
 * embed no copy of them, so until the response arrives there is no data; the server-rendered
 * panel and list carry the text meanwhile. The file only changes with a new build, so coming
 * back to the tab does not ask again.
 */
export function usePlaces() {
  const key = placesKey(usePathname() ?? '/');
  // Moving from one article's map to the collection's keeps the marks until the new set arrives.
  return useFetched(key, fetchPlaces, { keepPrevious: true });
}
