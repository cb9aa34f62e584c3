'use client';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { PLACES_KEY } from '@/lib/use-places';
import type { Places } from '@/lib/places-schema';

/** Hands the places the server already rendered with to SWR, so the map draws at once. */
export function PlacesProvider({ places, children }: { places?: Places; children: ReactNode }) {
  return <SWRConfig value={{ fallback: places ? { [PLACES_KEY]: places } : {}, revalidateOnFocus: false }}>{children}</SWRConfig>;
}
