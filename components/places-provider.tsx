'use client';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';

/**
 * SWR settings for the map's data. The pages do not embed the places for SWR: that kept every
 * document over one network round trip's worth of bytes, and the map fetches them (from
 * `/api/places`, started as the page boots) while Leaflet's code loads anyway.
 */
export function PlacesProvider({ children }: { children: ReactNode }) {
  return <SWRConfig value={{ revalidateOnFocus: false }}>{children}</SWRConfig>;
}
