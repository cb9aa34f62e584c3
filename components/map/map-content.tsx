'use client';
import { useState } from 'react';
import { useMapEvents } from 'react-leaflet';
import type { Place } from '@/lib/places-schema';
import type { Countries } from '@/lib/use-basemap';
import { Basemap } from './basemap';
import { FollowSelection } from './follow-selection';
import { layoutPlaceLabels } from './label-layout';
import { MapLabels } from './map-labels';
import { PlaceLayers } from './place-layers';
import type { MapBase } from './use-selected-id';

type Props = { places: readonly Place[]; countries?: Countries; selectedId?: string; base: MapBase; attribution: string };

/** Everything drawn inside the map; labels are laid out again whenever the zoom changes. */
export function MapContent({ places, countries, selectedId, base, attribution }: Props) {
  const [, setZoom] = useState(0);
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const zoom = map.getZoom();
  const layout = layoutPlaceLabels(map, zoom, places, selectedId);
  return (
    <>
      {countries ? <Basemap countries={countries} attribution={attribution} /> : null}
      {countries ? <MapLabels countries={countries} zoom={zoom} obstacles={layout.obstacles} /> : null}
      {places.length ? <PlaceLayers places={places} selectedId={selectedId} labelled={layout.shown} base={base} /> : null}
      {places.length ? <FollowSelection places={places} selectedId={selectedId} /> : null}
    </>
  );
}
