'use client';
import useSWR from 'swr';
import { fetchJson } from './fetch-json';
import { asPlaces } from './json-guards';
import type { Places } from './places-schema';
import { apiPath } from './urls';

export const PLACES_KEY = apiPath('places');

export const fetchPlaces = (url: string) => fetchJson(url, asPlaces);

/**
 * The places, from GET /api/places (requested as the page boots: see map-loader.tsx). The pages
 * embed no copy of them, so until the response arrives there is no data; the server-rendered
 * panel and list carry the text meanwhile. The file only changes with a new build, so coming
 * back to the tab does not ask again.
 */
export function usePlaces() {
  return useSWR<Places>(PLACES_KEY, fetchPlaces, { revalidateOnFocus: false });
}
