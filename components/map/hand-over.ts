'use client';
import { useEffect } from 'react';
import type * as L from 'leaflet';
import { setMapDrawn } from '@/lib/map-drawn';

/**
 * Once Leaflet has drawn the view, marks its frame as drawn: a CSS rule then hides the first view
 * the server drew under the same URL (components/first-view-map.tsx), which showed the same thing,
 * and later URLs frame none.
 */
export function useHandOver(map: L.Map, drawn: boolean) {
  useEffect(
    function markFrameDrawn() {
      if (!drawn) return;
      map.getContainer().closest('.map-frame')?.setAttribute('data-drawn', '');
      setMapDrawn(true);
    },
    [map, drawn],
  );
  // A map mounted anew (say, back from a page without one) draws its view again: until then, the
  // first view shows.
  useEffect(
    () =>
      function forgetDrawn() {
        setMapDrawn(false);
      },
    [],
  );
}
