'use client';
import useSWR from 'swr';
import { fetchJson } from './fetch-json';
import { asPlaces } from './json-guards';
import type { Places } from './places-schema';

export const PLACES_KEY = '/api/places';

export const fetchPlaces = (url: string) => fetchJson(url, asPlaces);

/** The places, from the server-rendered fallback at first, then from GET /api/places. */
export function usePlaces() {
  return useSWR<Places>(PLACES_KEY, fetchPlaces);
}
