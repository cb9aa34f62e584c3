'use client';
import { useEffect, useEffectEvent, useMemo } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import { toLatLng } from '@/lib/geo';
import { markSize } from '@/lib/map-style';
import { markerOf } from '@/lib/place-geometry';
import type { Place } from '@/lib/places-schema';
import { markerIcon } from './icons';
import { NameTooltip } from './name-tooltip';
import type { Offset, Side } from './label-layout';

type Props = {
  place: Place;
  selected: boolean;
  labelled: boolean;
  side?: Side;
  offset?: Offset;
  onOpen: (id: string) => void;
};

const NO_OFFSET = [0, 0] as const;

/** Text for Leaflet: a string would be set as innerHTML, a node keeps the name inert. */
function textNode(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

/** The mark's accessible name: the place, and from two on how many articles mention it. */
export function markName(place: Place): string {
  const n = place.properties.articles ?? 1;
  return n > 1 ? `${place.properties.name}, in ${n} articles` : place.properties.name;
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
  const { name, kind } = place.properties;
  const articles = place.properties.articles ?? 1;
  // The layout hands over a new array on every render: the effects depend on the numbers.
  const [dx, dy] = offset;
  // One Leaflet marker per place, made (not yet added to the map) while rendering; the effects
  // below name it as a dependency, so whenever it is made anew they all run again for it. Being
  // selected or nudged only changes its icon: the same marker, so keyboard focus stays on it.
  const marker = useMemo(
    () =>
      L.marker(toLatLng(markerOf(place)), {
        icon: markerIcon(place.properties.kind, false, undefined, place.properties.articles),
        title: markName(place),
        alt: markName(place),
        keyboard: true,
      }),
    [place],
  );
  // The latest `onOpen` without adding the marker again when it changes.
  const openPlace = useEffectEvent(() => onOpen(place.id));

  useEffect(
    function addMarker() {
      const onClick = () => openPlace();
      // Leaflet makes markers focusable buttons but does not activate them from the keyboard.
      const onKeydown = (e: L.LeafletEvent) => {
        const key = (e as L.LeafletKeyboardEvent).originalEvent.key;
        if (key === 'Enter' || key === ' ') openPlace();
      };
      marker.on('click', onClick).on('keydown', onKeydown).addTo(map);
      return function removeMarker() {
        marker.off('click', onClick).off('keydown', onKeydown).remove();
      };
    },
    [map, marker],
  );

  useEffect(
    function showSelection() {
      const icon = markerIcon(kind, selected, [dx, dy], articles);
      // Leaflet makes the icon's element again on every setIcon, even the same icon's.
      if (marker.options.icon !== icon) marker.setIcon(icon);
      marker.setZIndexOffset(selected ? 1000 : 0);
    },
    [marker, kind, selected, dx, dy, articles],
  );

  useEffect(
    function showName() {
      if (!labelled) return;
      // Leaflet does not move a bound name when the icon changes: it is bound again after every
      // new icon (the deps include everything `showSelection` does). The icon anchors names at
      // the mark's right edge; a name on the left is moved back by the mark's width (Leaflet's own
      // CSS adds the gap).
      const tooltip = new NameTooltip({
        permanent: true,
        direction: side,
        offset: side === 'left' ? [-markSize(selected), 0] : [0, 0],
        className: 'place-label',
        interactive: false,
      });
      marker.bindTooltip(tooltip.setContent(textNode(name)));
      return function hideName() {
        marker.unbindTooltip();
      };
    },
    [marker, labelled, side, name, kind, selected, dx, dy],
  );
  return null;
}
