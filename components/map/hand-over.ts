'use client';
import { useEffect } from 'react';
import type * as L from 'leaflet';

/**
 * Once Leaflet has drawn the view, marks its frame as drawn: a CSS rule then hides the first view
 * the server drew under the same URL (components/first-view-map.tsx), which showed the same thing.
 */
export function useHandOver(map: L.Map, drawn: boolean) {
  useEffect(
    function markFrameDrawn() {
      if (drawn) map.getContainer().closest('.map-frame')?.setAttribute('data-drawn', '');
    },
    [map, drawn],
  );
}
