'use client';
import L from 'leaflet';
import { Marker, Pane, useMap } from 'react-leaflet';
import labels from '@/data/labels.json';
import { toLatLng } from '@/lib/geo';
import type { Countries } from '@/lib/use-basemap';
import { centredLabelBox, overlaps, type Box } from './label-layout';

type Props = { countries: Countries; zoom: number; obstacles: readonly Box[] };

/** Bigger countries are named from further out; smaller ones only as the map zooms in. */
function countryMinZoom(area: number): number {
  return area >= 40 ? 3 : area >= 10 ? 4 : area >= 3 ? 5 : area >= 0.8 ? 6 : 8;
}
function countrySize(area: number): number {
  return area >= 100 ? 15 : area >= 20 ? 13 : 11.5;
}
const SEA_SIZE = 12;

function labelIcon(text: string, className: string, size: number) {
  return L.divIcon({ className: `map-label ${className}`, html: `<span style="font-size:${size}px">${text}</span>`, iconSize: [0, 0] });
}

/** Country names (small caps) and sea names (italic), left off where they would cover a mark or a name. */
export function MapLabels({ countries, zoom, obstacles }: Props) {
  const map = useMap();
  const placed: Box[] = [...obstacles];
  const fits = (at: readonly number[], text: string, px: number) => {
    const box = centredLabelBox(map, zoom, at, text, px);
    if (placed.some((o) => overlaps(box, o))) return false;
    placed.push(box);
    return true;
  };
  const seaLabels = labels.seas.filter((s) => zoom >= s.minZoom && fits(s.at, s.name, SEA_SIZE));
  const countryLabels = [...countries.features]
    .sort((a, b) => b.properties.area - a.properties.area)
    .filter((f) => zoom >= countryMinZoom(f.properties.area) && fits(f.properties.label, f.properties.name, countrySize(f.properties.area)));
  return (
    <Pane name="labels" style={{ zIndex: 350, pointerEvents: 'none' }}>
      {countryLabels.map((f) => (
        <Marker key={String(f.id)} position={toLatLng(f.properties.label)} icon={labelIcon(f.properties.name, 'country-label', countrySize(f.properties.area))} interactive={false} keyboard={false} pane="labels" />
      ))}
      {seaLabels.map((s) => (
        <Marker key={s.name} position={toLatLng(s.at)} icon={labelIcon(s.name, 'sea-label', SEA_SIZE)} interactive={false} keyboard={false} pane="labels" />
      ))}
    </Pane>
  );
}
