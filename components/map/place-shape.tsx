'use client';
import { useEffect, useRef } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Place } from '@/lib/places-schema';
import { KIND_STYLE } from './marks';

type Props = { place: Place; selected: boolean; dimmed: boolean; onOpen: (id: string) => void };

function shapeStyle(place: Place, selected: boolean, dimmed: boolean): L.PathOptions {
  const color = KIND_STYLE[place.properties.kind].color;
  if (place.properties.kind === 'border') {
    return { color, weight: selected ? 5 : 3, opacity: dimmed ? 0.55 : 1, lineCap: 'round' };
  }
  return {
    color,
    weight: selected ? 3 : 1.5,
    fillColor: color,
    fillOpacity: selected ? 0.55 : dimmed ? 0.2 : 0.35,
    opacity: dimmed ? 0.6 : 1,
  };
}

/** A region's shaded area or the border's line; clicking it opens the place. */
export function PlaceShape({ place, selected, dimmed, onOpen }: Props) {
  const map = useMap();
  const layer = useRef<L.GeoJSON | null>(null);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(
    function addShape() {
      const g = L.geoJSON(place, {
        className: `place-shape place-shape--${place.id}`,
      } as L.GeoJSONOptions).addTo(map);
      g.on('click', () => open.current(place.id));
      layer.current = g;
      return function removeShape() {
        g.remove();
        layer.current = null;
      };
    },
    [map, place],
  );

  useEffect(
    function showSelection() {
      layer.current?.setStyle(shapeStyle(place, selected, dimmed));
    },
    [place, selected, dimmed],
  );
  return null;
}
