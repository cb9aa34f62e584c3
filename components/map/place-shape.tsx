'use client';
import { memo, useEffect, useEffectEvent, useMemo } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Place } from '@/lib/places-schema';
import { REGION_FILL_OPACITY } from '@/lib/map-style';
import { KIND_STYLE } from '@/lib/marks';
import { inQueue } from '@/lib/slices';

type Props = {
  place: Place;
  selected: boolean;
  dimmed: boolean;
  /** Out of the timeline's range: kept on the map but not shown. */
  hidden?: boolean;
  onOpen: (id: string) => void;
};

function shapeStyle(place: Place, selected: boolean, dimmed: boolean): L.PathOptions {
  const color = KIND_STYLE[place.properties.kind].color;
  if (place.properties.kind === 'border') {
    return { color, weight: selected ? 5 : 3, opacity: dimmed ? 0.55 : 1, lineCap: 'round' };
  }
  return {
    color,
    weight: selected ? 3 : 1.5,
    fillColor: color,
    fillOpacity: REGION_FILL_OPACITY[selected ? 'selected' : dimmed ? 'dimmed' : 'plain'],
    opacity: dimmed ? 0.6 : 1,
  };
}

/** Marks a shape's paths like the lists' entries the range leaves out (hidden by globals.css). */
function markOutOfRange(shape: L.GeoJSON, hidden: boolean) {
  shape.eachLayer((l) => {
    const el = (l as L.Path).getElement();
    if (el && el.hasAttribute('data-out-of-range') !== hidden)
      el.toggleAttribute('data-out-of-range', hidden);
  });
}

/** A region's shaded area or the border's line; clicking it opens the place. */
export const PlaceShape = memo(function PlaceShape({
  place,
  selected,
  dimmed,
  hidden = false,
  onOpen,
}: Props) {
  const map = useMap();
  // Made while rendering, added in an effect; the effects name it, so a new one gets its style too.
  const shape = useMemo(
    () =>
      L.geoJSON(place, { className: `place-shape place-shape--${place.id}` } as L.GeoJSONOptions),
    [place],
  );
  // The latest `onOpen` without adding the shape again when it changes.
  const openPlace = useEffectEvent(() => onOpen(place.id));
  const markRange = useEffectEvent(() => markOutOfRange(shape, hidden));

  useEffect(
    function addShape() {
      const onClick = () => openPlace();
      // Queued with the other places' shapes, a few per task: added all in one task, a big region
      // and the border took 14 ms at 1x as the map started.
      const dequeue = inQueue(() => {
        shape.on('click', onClick).addTo(map);
        markRange();
      });
      return function removeShape() {
        dequeue();
        // Harmless for a shape never added (Leaflet removes it from no map).
        shape.off('click', onClick).remove();
      };
    },
    [map, shape],
  );

  useEffect(
    function showSelection() {
      shape.setStyle(shapeStyle(place, selected, dimmed));
    },
    [shape, place, selected, dimmed],
  );

  useEffect(
    function showInRange() {
      markOutOfRange(shape, hidden);
    },
    [shape, hidden],
  );
  return null;
});
