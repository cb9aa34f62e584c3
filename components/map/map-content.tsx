'use client';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import * as L from 'leaflet';
import { useMapEvents } from 'react-leaflet';
import type { Bounds } from '@/lib/geo';
import { BASEMAP_DETAIL_ZOOM } from '@/lib/map-style';
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
import { useClusters, type ClusterLayer } from './use-clusters';
import type { MapBase } from './use-selected-id';

type Props = {
  places: readonly Place[];
  /**
   * What the view fits when nothing is selected: every place, not only those a timeline range
   * keeps, so that moving the range does not move the map.
   */
  fitTo?: readonly Place[];
  countries?: Countries;
  /** Called once the map is zoomed in to BASEMAP_DETAIL_ZOOM (the basemap's detail is wanted). */
  onZoomedIn?: () => void;
  selectedId?: string;
  base: MapBase;
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
      // A transition: React renders the stage in slices of a few milliseconds, not in one task.
      const timer = setTimeout(() => startTransition(() => setStage(stage + 1)), 0);
      return () => clearTimeout(timer);
    },
    [stage, last],
  );
  return stage;
}

/** Everything drawn inside the map; labels are laid out again whenever the zoom changes. */
export function MapContent({
  places,
  fitTo = places,
  countries,
  onZoomedIn,
  selectedId,
  base,
  tiles,
}: Props) {
  // Renders again after every move: what is laid out against the view is laid out again.
  const [, setMoves] = useState(0);
  // Names go on the basemap once one is drawn, so the first marks and countries come first.
  const [basemapDrawn, setBasemapDrawn] = useState(false);
  const onDrawn = useCallback(() => setBasemapDrawn(true), []);
  // No basemap (it failed to load): its names wait for the next one to be drawn.
  if (!countries && basemapDrawn) setBasemapDrawn(false);
  // Country and sea names placed, which the context layers' names keep clear of.
  const countryNames = useRef<readonly Box[]>([]);
  // Laid out again after every move: names near the edge come and go as the map pans.
  const map = useMapEvents({ moveend: () => setMoves((n) => n + 1) });
  const zoom = map.getZoom();
  const zoomedIn = zoom >= BASEMAP_DETAIL_ZOOM;
  useEffect(
    function askForDetail() {
      if (zoomedIn) onZoomedIn?.();
    },
    [zoomedIn, onZoomedIn],
  );
  const stage = useStages(STAGE_BASEMAP);
  const started = stage >= STAGE_VIEW;
  // Strings, not the object: the caller may hand over a new one on every render.
  const tileUrl = tiles?.url;
  const tileAttribution = tiles?.attribution;
  useEffect(
    function addScaleAndTiles() {
      if (!started) return;
      const scale = L.control.scale({ position: 'bottomleft' }).addTo(map);
      let tileLayer: L.TileLayer | undefined;
      let removed = false;
      if (tileUrl)
        void import('./tile-layer').then(({ createTileLayer }) => {
          if (!removed) tileLayer = createTileLayer(tileUrl, tileAttribution).addTo(map);
        });
      return function removeScaleAndTiles() {
        removed = true;
        scale.remove();
        tileLayer?.remove();
      };
    },
    [map, started, tileUrl, tileAttribution],
  );
  useHandOver(map, tiles ? stage >= STAGE_SHAPES : !!countries && basemapDrawn);
  // Made again only when the view or the places change (a new layout is new obstacles, and the
  // names of countries and context are laid out again around them).
  const { min, max } = map.getPixelBounds();
  const [left, top, right, bottom] = [min?.x, min?.y, max?.x, max?.y];
  // A collection of many places: the marks in view and clusters for the rest (few: every mark).
  const shown = useClusters(map, places, selectedId);
  const marks = shown.places;
  const { clusters } = shown;
  const makeLayer = stage >= STAGE_MARKS ? shown.layer : undefined;
  // One layer of cluster buttons for the map: each new set (none, zoomed in) changes its buttons.
  const clusterLayer = useRef<ClusterLayer | undefined>(undefined);
  useEffect(
    function showClusters() {
      // Without a layer to make (a range keeping fewer than CLUSTER_FROM places: no clusters), the
      // layer already made shows none.
      (makeLayer ? (clusterLayer.current ??= makeLayer(map)) : clusterLayer.current)?.show(
        clusters,
      );
    },
    [map, clusters, makeLayer],
  );
  useEffect(
    () =>
      function removeClusters() {
        clusterLayer.current?.remove();
        clusterLayer.current = undefined;
      },
    [map],
  );
  // The regions and lines of every place stay on the map; those a timeline range leaves out are
  // hidden, not taken off and drawn again at each move of the range.
  const kept = useMemo(
    () => (places === fitTo ? undefined : new Set(places.map((p) => p.id))),
    [places, fitTo],
  );
  const layout = useMemo(() => {
    if (!started) return undefined;
    const view = L.bounds([left ?? 0, top ?? 0], [right ?? 0, bottom ?? 0]);
    return layoutPlaceLabels(map, zoom, marks, selectedId, view, clusters);
  }, [started, map, zoom, marks, clusters, selectedId, left, top, right, bottom]);
  if (!layout) return null;
  // A basemap on screen: while the overview's detail is drawn in its place, the names stay (the
  // countries' label points are the same in both).
  const drawn = !!countries && basemapDrawn;
  return (
    <>
      {fitTo.length ? <FollowSelection places={fitTo} selectedId={selectedId} /> : null}
      {countries && stage >= STAGE_BASEMAP ? (
        <Basemap countries={countries} onDrawn={onDrawn} />
      ) : null}
      {countries && drawn ? (
        <MapLabels
          countries={countries}
          zoom={zoom}
          obstacles={layout.obstacles}
          placedRef={countryNames}
        />
      ) : null}
      {countries && drawn ? (
        <ContextLayers
          places={places}
          zoom={zoom}
          obstacles={layout.obstacles}
          placedRef={countryNames}
        />
      ) : null}
      {/* Not needed for the first paint: drawn once the map has handed over. */}
      {countries && drawn && base !== 'embed' && zoom >= INSET_MIN_ZOOM ? (
        <LocatorInset countries={countries.features} view={viewOf(map)} />
      ) : null}
      {places.length && stage >= STAGE_MARKS ? (
        <PlaceLayers
          places={marks}
          areas={fitTo}
          kept={kept}
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
