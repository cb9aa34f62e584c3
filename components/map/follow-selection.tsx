'use client';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Place } from '@/lib/places-schema';
import { placeBounds } from './place-bounds';

type Props = { places: readonly Place[]; selectedId?: string };

const CITY_ZOOM = 6;

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
      // Room on the right for the marks' name labels, which sit to the right of each mark.
      const right = map.getSize().x > 600 ? 150 : 70;
      const options = { animate, duration: 0.8, paddingTopLeft: [24, 24] as [number, number], paddingBottomRight: [right, 32] as [number, number] };
      if (selected?.geometry.type === 'Point') {
        const [lon, lat] = selected.geometry.coordinates;
        if (animate) map.flyTo([lat, lon], CITY_ZOOM, options);
        else map.setView([lat, lon], CITY_ZOOM, { animate: false });
        return;
      }
      const bounds = placeBounds(selected ? [selected] : places);
      if (animate) map.flyToBounds(bounds, options);
      else map.fitBounds(bounds, options);
    },
    [map, places, selectedId],
  );
  return null;
}
