'use client';
import { useState } from 'react';
import L from 'leaflet';
import { Marker, Pane, useMapEvents } from 'react-leaflet';
import labels from '@/data/labels.json';
import { toLatLng } from '@/lib/geo';
import type { Countries } from '@/lib/use-basemap';

type Props = { countries: Countries; marks: readonly [number, number][] };

/** Bigger countries are named from further out; smaller ones only as the map zooms in. */
function countryMinZoom(area: number): number {
  return area >= 40 ? 3 : area >= 10 ? 4 : area >= 3 ? 5 : area >= 0.8 ? 6 : 8;
}
function countrySize(area: number): number {
  return area >= 100 ? 15 : area >= 20 ? 13 : 11.5;
}

const CLEARANCE_PX = 48;

function labelIcon(text: string, className: string, size: number) {
  return L.divIcon({ className: `map-label ${className}`, html: `<span style="font-size:${size}px">${text}</span>`, iconSize: [0, 0] });
}

/** Country names (small caps) and sea names (italic), kept clear of the place marks. */
export function MapLabels({ countries, marks }: Props) {
  const [zoom, setZoom] = useState<number | null>(null);
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const z = zoom ?? map.getZoom();
  const markPoints = marks.map((m) => map.project(toLatLng(m), z));
  const clear = (at: [number, number]) => markPoints.every((p) => p.distanceTo(map.project(toLatLng(at), z)) > CLEARANCE_PX);

  const countryLabels = countries.features.filter((f) => z >= countryMinZoom(f.properties.area) && clear(f.properties.label));
  const seaLabels = labels.seas.filter((s) => z >= s.minZoom && clear(s.at as [number, number]));
  return (
    <Pane name="labels" style={{ zIndex: 350, pointerEvents: 'none' }}>
      {countryLabels.map((f) => (
        <Marker key={String(f.id)} position={toLatLng(f.properties.label)} icon={labelIcon(f.properties.name, 'country-label', countrySize(f.properties.area))} interactive={false} keyboard={false} pane="labels" />
      ))}
      {seaLabels.map((s) => (
        <Marker key={s.name} position={toLatLng(s.at)} icon={labelIcon(s.name, 'sea-label', 12)} interactive={false} keyboard={false} pane="labels" />
      ))}
    </Pane>
  );
}
