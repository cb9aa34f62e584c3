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

export type Offset = readonly [number, number];
export type LabelLayout = { shown: Set<string>; obstacles: Box[]; offsets: Map<string, Offset> };

// Marks closer than this would overlap: each target keeps 24 px to itself (WCAG 2.2, 2.5.8).
const GAP = 2;
const NUDGES: Offset[] = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => {
  const a = (i * Math.PI) / 4 - Math.PI / 2;
  return [1, 2].map((r) => [Math.round(Math.cos(a) * (MARK_HALF * 2 + GAP) * r), Math.round(Math.sin(a) * (MARK_HALF * 2 + GAP) * r)] as const);
}).sort((a, b) => Math.hypot(...a) - Math.hypot(...b));

const boxAt = (x: number, y: number): Box => ({ x1: x - MARK_HALF, y1: y - MARK_HALF, x2: x + MARK_HALF, y2: y + MARK_HALF });

/**
 * Where marks and names go at this zoom. Marks that would overlap (places close together, seen from
 * far out) are nudged apart, so each stays a separate target. Then the names: the selected place
 * first, then places in data order; a name that would cover another mark or name is left off (the
 * mark keeps its name as tooltip and accessible name). Returns the boxes other labels must avoid.
 */
export function layoutPlaceLabels(map: L.Map, zoom: number, places: readonly Place[], selectedId?: string): LabelLayout {
  const byPriority = [...places].sort((a, b) => Number(b.id === selectedId) - Number(a.id === selectedId));
  const offsets = new Map<string, Offset>();
  const placedMarks: Box[] = [];
  const marks = byPriority.map((p) => {
    const at = map.project(toLatLng(markerOf(p)), zoom);
    const free = NUDGES.find(([dx, dy]) => !placedMarks.some((o) => overlaps(boxAt(at.x + dx, at.y + dy), o, GAP))) ?? [0, 0];
    if (free[0] || free[1]) offsets.set(p.id, free);
    const pt = { x: at.x + free[0], y: at.y + free[1] };
    const box = boxAt(pt.x, pt.y);
    placedMarks.push(box);
    return { place: p, pt, box };
  });
  const ordered = marks;
  const obstacles: Box[] = marks.map((m) => m.box);
  const shown = new Set<string>();
  for (const m of ordered) {
    const label = { x1: m.pt.x + MARK_HALF + 2, y1: m.pt.y - LABEL_H / 2, x2: m.pt.x + MARK_HALF + 2 + labelWidth(m.place.properties.name), y2: m.pt.y + LABEL_H / 2 };
    if (obstacles.some((o) => o !== m.box && overlaps(label, o))) continue;
    shown.add(m.place.id);
    obstacles.push(label);
  }
  return { shown, obstacles, offsets };
}

/** The box of a centred map label (country or sea name) at this zoom. */
export function centredLabelBox(map: L.Map, zoom: number, at: readonly number[], text: string, px: number): Box {
  const pt = map.project(toLatLng(at), zoom);
  const w = labelWidth(text, px * 0.62);
  return { x1: pt.x - w / 2, y1: pt.y - px * 0.7, x2: pt.x + w / 2, y2: pt.y + px * 0.7 };
}
