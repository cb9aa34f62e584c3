'use client';
import 'leaflet/dist/leaflet.css';
import { useCallback, useMemo, useState } from 'react';
import * as L from 'leaflet';
import { MapContainer } from './map-container';
import { toLatLngBounds } from '@/lib/geo';
import { ATTRIBUTION } from '@/lib/map-style';
import type { Place } from '@/lib/places-schema';
import { opensZoomedIn, useBasemap } from '@/lib/use-basemap';
import { usePlaces } from '@/lib/use-places';
import { LoadError } from './load-error';
import { MapContent } from './map-content';
import { placeBounds } from './place-bounds';
import { useRangeFilter } from './use-range-filter';
import { useMapRoute } from './use-selected-id';

// Opt-in only: with no setting the map never asks another host for anything.
const TILE_URL = process.env.NEXT_PUBLIC_TILE_URL;
const TILE_ATTRIBUTION = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION ?? '';
// The basemap covers lon −25…70, lat 25…72.
const MAX_BOUNDS = toLatLngBounds([
  [-25, 25],
  [70, 72],
]);

const NONE: readonly Place[] = [];
const MAP_STYLE = { position: 'relative' } as const;

type Props = {
  /** The place selected when the URL names none (the first step of a briefing). */
  defaultId?: string;
  /** Zoom buttons; the briefing has none (its keys step through places). */
  zoomControl?: boolean;
};

// The map's box for Leaflet's first getSize, read off the placeholder the map replaces (the same
// box: `.map` fills `.map-frame`), which was laid out in an earlier frame. Read off the new map, it
// made the browser style and lay out the page then and there, inside the task that makes the map.
let placeholderSize: L.Point | undefined;
L.Map.addInitHook(function (this: { _size?: L.Point; _sizeChanged: boolean }) {
  if (placeholderSize) [this._size, this._sizeChanged] = [placeholderSize, false];
  placeholderSize = undefined;
});

export function MapView({ defaultId, zoomControl = true }: Props) {
  const places = usePlaces();
  // The wide views draw the basemap's overview; its detail loads once the map opens on a place or
  // is zoomed in, and stays.
  const [detailed, setDetailed] = useState(() => opensZoomedIn(window.location.pathname));
  const basemap = useBasemap(detailed);
  const toDetail = useCallback(() => setDetailed(true), []);
  const route = useMapRoute();
  const selectedId = route.id ?? defaultId;
  const kept = useRangeFilter();
  const all = places.data?.features ?? NONE;
  // The timeline's range keeps the places spoken of in it; the selected place stays regardless.
  const features = useMemo(
    () => (kept ? all.filter((p) => kept.ids.has(p.id) || p.id === selectedId) : all),
    [all, kept, selectedId],
  );
  // Where the map opens. MapContainer reads it once, as it makes the map, and never again: worked
  // out for the first render only (the bounds of every place are every position of their
  // geometries, and a timeline range renders this again at each move).
  const [opening] = useState(() => {
    const box = document.querySelector('.map-frame--loading')?.getBoundingClientRect();
    placeholderSize = box?.width && box.height ? L.point(box.width, box.height).round() : undefined;
    const initial = features.find((p) => p.id === selectedId);
    return features.length
      ? { bounds: placeBounds(initial ? [initial] : features) }
      : { center: [50, 30] as [number, number], zoom: 4 };
  });

  return (
    // On a failed load the live map (with its error and Retry) shows at once, not the first view.
    <div
      className="map-frame"
      data-failed={places.error || basemap.error ? '' : undefined}
      data-range={kept?.key}
    >
      <MapContainer
        className="map"
        // Leaflet makes a static map relative, asking the browser for its style first.
        style={MAP_STYLE}
        {...opening}
        minZoom={3}
        maxZoom={9}
        zoomSnap={0.25}
        maxBounds={MAX_BOUNDS}
        maxBoundsViscosity={0.8}
        attributionControl
        attribution={TILE_URL ? undefined : ATTRIBUTION}
        zoomControl={zoomControl}
        keyboardPanDelta={120}
      >
        <MapContent
          places={features}
          fitTo={all}
          countries={TILE_URL ? undefined : basemap.data}
          onZoomedIn={detailed ? undefined : toDetail}
          selectedId={selectedId}
          base={route.base}
          tiles={
            TILE_URL
              ? { url: TILE_URL, attribution: `${TILE_ATTRIBUTION} · ${ATTRIBUTION}` }
              : undefined
          }
        />
      </MapContainer>
      <LoadError
        label="places"
        error={places.error}
        retry={places.retry}
        hasData={all.length > 0}
      />
      <LoadError
        label="basemap"
        error={basemap.error}
        retry={basemap.retry}
        hasData={!!basemap.data}
        kept="The map keeps the countries it has already drawn."
      />
    </div>
  );
}
