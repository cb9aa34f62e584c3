'use client';
import dynamic from 'next/dynamic';
import { basemapKey, fetchCountries, opensZoomedIn } from '@/lib/use-basemap';
import { load } from '@/lib/use-fetched';
import { fetchPlaces, placesKey } from '@/lib/use-places';

// Ask for the map's data as the page starts, alongside Leaflet's code rather than after it.
if (typeof window !== 'undefined') {
  load(placesKey(window.location.pathname), fetchPlaces);
  load(basemapKey(opensZoomedIn(window.location.pathname)), fetchCountries);
}

// Leaflet touches `window` when imported, so the map is only ever loaded in the browser.
export const MapLoader = dynamic(() => import('./map-view').then((m) => m.MapView), {
  ssr: false,
  loading: () => <div className="map-frame map-frame--loading" aria-busy="true" />,
});
