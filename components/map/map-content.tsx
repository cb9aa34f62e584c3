'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import * as L from 'leaflet';
import { useMapEvents } from 'react-leaflet';
import type { Bounds } from '@/lib/geo';
import type { Place } from '@/lib/places-schema';
import type { Countries } from '@/lib/use-basemap';
import { LocatorInset } from '@/components/locator-inset';
import { Basemap } from './basemap';
import { ContextLayers } from './context-layers';
import { FollowSelection } from './follow-selection';
import { useHandOver } from './hand-over';
import { layoutPlaceLabels, type Box } from './label-layout';
import { MapLabels } from './map-labels';
import { PlaceLayers } from './place-layers';
import type { MapBase } from './use-selected-id';

type Props = {
  places: readonly Place[];
  countries?: Countries;
  selectedId?: string;
  base: MapBase;
  attribution: string;
  /** The opt-in online tile layer, in place of the bundled basemap. */
  tiles?: { url: string; attribution: string };
};

// What the map draws first to last, one browser task each, so no single task holds the page up:
// the bare map (stage 0), then the view and scale, the marks, their names, the regions and the border,
// then the countries (a few per task) and at last their names.
const STAGE_VIEW = 1;
const STAGE_MARKS = 2;
const STAGE_NAMES = 3;
const STAGE_SHAPES = 4;
const STAGE_BASEMAP = 5;
const NO_NAMES: ReadonlySet<string> = new Set();
// Past country level the locator inset shows where the view is (not in the small embeds).
const INSET_MIN_ZOOM = 5;
const viewOf = (map: L.Map): Bounds => {
  const b = map.getBounds();
  return [
    [b.getWest(), b.getSouth()],
    [b.getEast(), b.getNorth()],
  ];
};

/** Counts up to `last`, one step per macrotask, so each stage's work lands in a task of its own. */
function useStages(last: number): number {
  const [stage, setStage] = useState(0);
  useEffect(
    function nextStage() {
      if (stage >= last) return;
      const timer = setTimeout(() => setStage(stage + 1), 0);
      return () => clearTimeout(timer);
    },
    [stage, last],
  );
  return stage;
}

/** Everything drawn inside the map; labels are laid out again whenever the zoom changes. */
export function MapContent({ places, countries, selectedId, base, attribution, tiles }: Props) {
  const [, setView] = useState(0);
  // Names go on the basemap once it is drawn, so the first marks and countries come first.
  const [drawnFor, setDrawnFor] = useState<Countries | undefined>(undefined);
  const onDrawn = useCallback(() => setDrawnFor(countries), [countries]);
  // Country and sea names placed, which the context layers' names keep clear of.
  const countryNames = useRef<readonly Box[]>([]);
  // Laid out again after every move: names near the edge come and go as the map pans.
  const map = useMapEvents({ moveend: () => setView((n) => n + 1) });
  const zoom = map.getZoom();
  const stage = useStages(STAGE_BASEMAP);
  const started = stage >= STAGE_VIEW;
  // Strings, not the object: the caller may hand over a new one on every render.
  const tileUrl = tiles?.url;
  const tileAttribution = tiles?.attribution;
  useEffect(
    function addScaleAndTiles() {
      if (!started) return;
      const scale = L.control.scale({ position: 'bottomleft' }).addTo(map);
      const tileLayer = tileUrl
        ? L.tileLayer(tileUrl, { attribution: tileAttribution }).addTo(map)
        : undefined;
      return function removeScaleAndTiles() {
        scale.remove();
        tileLayer?.remove();
      };
    },
    [map, started, tileUrl, tileAttribution],
  );
  useHandOver(map, tiles ? stage >= STAGE_SHAPES : !!countries && drawnFor === countries);
  if (!started) return null;
  const layout = layoutPlaceLabels(map, zoom, places, selectedId);
  return (
    <>
      {places.length ? <FollowSelection places={places} selectedId={selectedId} /> : null}
      {countries && stage >= STAGE_BASEMAP ? (
        <Basemap countries={countries} attribution={attribution} onDrawn={onDrawn} />
      ) : null}
      {countries && drawnFor === countries ? (
        <MapLabels
          countries={countries}
          zoom={zoom}
          obstacles={layout.obstacles}
          placedRef={countryNames}
        />
      ) : null}
      {countries && drawnFor === countries ? (
        <ContextLayers
          places={places}
          zoom={zoom}
          obstacles={layout.obstacles}
          placedRef={countryNames}
        />
      ) : null}
      {countries && base !== 'embed' && zoom >= INSET_MIN_ZOOM ? (
        <LocatorInset countries={countries.features} view={viewOf(map)} />
      ) : null}
      {places.length && stage >= STAGE_MARKS ? (
        <PlaceLayers
          places={places}
          selectedId={selectedId}
          labelled={stage >= STAGE_NAMES ? layout.shown : NO_NAMES}
          offsets={layout.offsets}
          sides={layout.sides}
          base={base}
          shapes={stage >= STAGE_SHAPES}
        />
      ) : null}
    </>
  );
}
