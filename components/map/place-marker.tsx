'use client';
import { useEffect, useRef } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import { toLatLng } from '@/lib/geo';
import { markerOf } from '@/lib/place-geometry';
import type { Place } from '@/lib/places-schema';
import { markerIcon } from './icons';
import type { Side } from './label-layout';

type Props = {
  place: Place;
  selected: boolean;
  labelled: boolean;
  side?: Side;
  offset?: readonly [number, number];
  onOpen: (id: string) => void;
};

const NO_OFFSET = [0, 0] as const;

/** Text for Leaflet: a string would be set as innerHTML, a node keeps the name inert. */
function textNode(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

/**
 * One place's mark: a named, focusable button (Leaflet sets title, alt and role) that opens the
 * place on click, Enter or Space, with its name beside it when there is room.
 */
export function PlaceMarker({
  place,
  selected,
  labelled,
  side = 'right',
  offset = NO_OFFSET,
  onOpen,
}: Props) {
  const map = useMap();
  const marker = useRef<L.Marker | null>(null);
  const open = useRef(onOpen);
  open.current = onOpen;
  const { name, kind } = place.properties;
  const [lat, lon] = toLatLng(markerOf(place));

  useEffect(
    function addMarker() {
      const m = L.marker([lat, lon], {
        icon: markerIcon(kind, false),
        title: name,
        alt: name,
        keyboard: true,
      }).addTo(map);
      m.on('click', () => open.current(place.id));
      // Leaflet makes markers focusable buttons but does not activate them from the keyboard.
      m.on('keydown', (e) => {
        const key = (e as L.LeafletKeyboardEvent).originalEvent.key;
        if (key === 'Enter' || key === ' ') open.current(place.id);
      });
      marker.current = m;
      return function removeMarker() {
        m.remove();
        marker.current = null;
      };
    },
    [map, place.id, name, kind, lat, lon],
  );

  useEffect(
    function showSelection() {
      marker.current
        ?.setIcon(markerIcon(kind, selected, offset))
        .setZIndexOffset(selected ? 1000 : 0);
    },
    [kind, selected, offset[0], offset[1], name, lat, lon],
  );

  useEffect(
    function showName() {
      const m = marker.current;
      if (!m || !labelled) return;
      // The icon anchors names at the mark's right edge; a name on the left is moved back by the
      // mark's width (Leaflet's own CSS adds the gap).
      const width = selected ? 32 : 26;
      m.bindTooltip(textNode(name), {
        permanent: true,
        direction: side,
        offset: side === 'left' ? [-width, 0] : [0, 0],
        className: 'place-label',
        interactive: false,
      });
      return function hideName() {
        m.unbindTooltip();
      };
    },
    [labelled, side, selected, name, kind, lat, lon, offset[0], offset[1]],
  );
  return null;
}
