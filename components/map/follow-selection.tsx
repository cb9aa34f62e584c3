'use client';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Place } from '@/lib/places-schema';
import * as L from 'leaflet';
import { boundsAround, toLatLngBounds } from '@/lib/geo';
import { FIT_PADDING } from '@/lib/map-style';
import { placeBounds } from './place-bounds';

type Props = { places: readonly Place[]; selectedId?: string };

const CITY_ZOOM = 5;

/**
 * How many pixels of the map's bottom are covered: by the phone's bottom sheet, or by the open
 * timeline (components/timeline/), whichever reaches higher.
 */
function coveredBelow(container: HTMLElement): number {
  const m = container.getBoundingClientRect();
  let covered = 0;
  for (const el of document.querySelectorAll('.panel.sheet, .timeline-dock .timeline')) {
    const s = el.getBoundingClientRect();
    const overlapsHorizontally = s.left < m.right && s.right > m.left;
    if (overlapsHorizontally && s.top < m.bottom && s.top > m.top)
      covered = Math.max(covered, m.bottom - s.top);
  }
  return covered;
}

function cityBox(at: readonly number[]): L.LatLngBounds {
  return L.latLngBounds(toLatLngBounds(boundsAround(at, 0.05)));
}

/** The map follows the URL: fit the selected place, or every place when nothing is selected. */
export function FollowSelection({ places, selectedId }: Props) {
  const map = useMap();
  const first = useRef(true);
  useEffect(
    function fitSelection() {
      const selected = places.find((p) => p.id === selectedId);
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      // The first view is set without motion; later selections fly, unless motion is unwanted.
      const animate = !first.current && !reduce;
      first.current = false;
      const options = {
        animate,
        duration: 0.8,
        paddingTopLeft: FIT_PADDING.topLeft,
        paddingBottomRight: FIT_PADDING.bottomRight(
          map.getSize().x,
          coveredBelow(map.getContainer()),
        ),
      };
      // A city is a point: fit a small box around it, so the same padding keeps it clear of the panel.
      const bounds =
        selected?.geometry.type === 'Point'
          ? cityBox(selected.geometry.coordinates)
          : placeBounds(selected ? [selected] : places);
      const fit = { ...options, maxZoom: selected?.geometry.type === 'Point' ? CITY_ZOOM : 9 };
      if (animate) map.flyToBounds(bounds, fit);
      else map.fitBounds(bounds, fit);
    },
    [map, places, selectedId],
  );
  return null;
}
