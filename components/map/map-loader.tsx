'use client';
import dynamic from 'next/dynamic';

// Leaflet touches `window` when imported, so the map is only ever loaded in the browser.
export const MapLoader = dynamic(() => import('./map-view').then((m) => m.MapView), {
  ssr: false,
  loading: () => <div className="map-frame map-frame--loading" aria-busy="true" />,
});
