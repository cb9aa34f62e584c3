'use client';
import useSWR from 'swr';
import { fetchJson } from './fetch-json';
import type { Places } from './places-schema';

export const PLACES_KEY = '/api/places';

/** The places, from the server-rendered fallback at first, then from GET /api/places. */
export function usePlaces() {
  return useSWR<Places>(PLACES_KEY, fetchJson);
}
