import type L from 'leaflet';
import { toLatLng } from '@/lib/geo';
import { markerOf } from '@/lib/place-geometry';
import type { Place } from '@/lib/places-schema';

export type Box = { x1: number; y1: number; x2: number; y2: number };

const MARK_HALF = 14;
const LABEL_H = 20;
// Rough width of the 13 px semibold label text: enough to keep names apart without measuring the DOM.
const labelWidth = (text: string, px = 7.6) => text.length * px + 10;

export const overlaps = (a: Box, b: Box, margin = 2) =>
  a.x1 < b.x2 + margin && b.x1 < a.x2 + margin && a.y1 < b.y2 + margin && b.y1 < a.y2 + margin;

export type LabelLayout = { shown: Set<string>; obstacles: Box[] };

/**
 * Which place names fit beside their marks at this zoom. The selected place is named first, then
 * places in data order; a name that would cover another mark or name is left off (the mark stays,
 * with its name as tooltip and accessible name). Returns the boxes other labels must avoid.
 */
export function layoutPlaceLabels(map: L.Map, zoom: number, places: readonly Place[], selectedId?: string): LabelLayout {
  const marks = places.map((p) => {
    const pt = map.project(toLatLng(markerOf(p)), zoom);
    return { place: p, pt, box: { x1: pt.x - MARK_HALF, y1: pt.y - MARK_HALF, x2: pt.x + MARK_HALF, y2: pt.y + MARK_HALF } };
  });
  const ordered = [...marks].sort((a, b) => Number(b.place.id === selectedId) - Number(a.place.id === selectedId));
  const obstacles: Box[] = marks.map((m) => m.box);
  const shown = new Set<string>();
  for (const m of ordered) {
    const label = { x1: m.pt.x + MARK_HALF + 2, y1: m.pt.y - LABEL_H / 2, x2: m.pt.x + MARK_HALF + 2 + labelWidth(m.place.properties.name), y2: m.pt.y + LABEL_H / 2 };
    if (obstacles.some((o) => o !== m.box && overlaps(label, o))) continue;
    shown.add(m.place.id);
    obstacles.push(label);
  }
  return { shown, obstacles };
}

/** The box of a centred map label (country or sea name) at this zoom. */
export function centredLabelBox(map: L.Map, zoom: number, at: readonly number[], text: string, px: number): Box {
  const pt = map.project(toLatLng(at), zoom);
  const w = labelWidth(text, px * 0.62);
  return { x1: pt.x - w / 2, y1: pt.y - px * 0.7, x2: pt.x + w / 2, y2: pt.y + px * 0.7 };
}
