'use client';
import { useCallback, useEffect, useState } from 'react';
import L from 'leaflet';
import { useMapEvents } from 'react-leaflet';
import type { Place } from '@/lib/places-schema';
import type { Countries } from '@/lib/use-basemap';
import { Basemap } from './basemap';
import { FollowSelection } from './follow-selection';
import { layoutPlaceLabels } from './label-layout';
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

/** Everything drawn inside the map; labels are laid out again whenever the zoom changes. */
export function MapContent({ places, countries, selectedId, base, attribution, tiles }: Props) {
  const [, setView] = useState(0);
  // Names go on the basemap once it is drawn, so the first marks and countries come first.
  const [drawnFor, setDrawnFor] = useState<Countries | undefined>(undefined);
  const onDrawn = useCallback(() => setDrawnFor(countries), [countries]);
  // Laid out again after every move: names near the edge come and go as the map pans.
  const map = useMapEvents({ moveend: () => setView((n) => n + 1) });
  const zoom = map.getZoom();
  useEffect(
    function addScaleAndTiles() {
      const scale = L.control.scale({ position: 'bottomleft' }).addTo(map);
      const tileLayer = tiles ? L.tileLayer(tiles.url, { attribution: tiles.attribution }).addTo(map) : undefined;
      return function removeScaleAndTiles() {
        scale.remove();
        tileLayer?.remove();
      };
    },
    [map, tiles?.url, tiles?.attribution],
  );
  const layout = layoutPlaceLabels(map, zoom, places, selectedId);
  return (
    <>
      {countries ? <Basemap countries={countries} attribution={attribution} onDrawn={onDrawn} /> : null}
      {countries && drawnFor === countries ? <MapLabels countries={countries} zoom={zoom} obstacles={layout.obstacles} /> : null}
      {places.length ? <PlaceLayers places={places} selectedId={selectedId} labelled={layout.shown} offsets={layout.offsets} base={base} /> : null}
      {places.length ? <FollowSelection places={places} selectedId={selectedId} /> : null}
    </>
  );
}
