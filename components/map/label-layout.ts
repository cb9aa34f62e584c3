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
// Where to try a mark: where it belongs first, then ever further away in eight directions.
const NUDGES: Offset[] = [[0, 0] as const, ...[0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => {
  const a = (i * Math.PI) / 4 - Math.PI / 2;
  return [1, 2].map((r) => [Math.round(Math.cos(a) * (MARK_HALF * 2 + GAP) * r), Math.round(Math.sin(a) * (MARK_HALF * 2 + GAP) * r)] as const);
})].sort((a, b) => Math.hypot(...a) - Math.hypot(...b));

/** Boxes bucketed by position, so "does this overlap anything?" stays cheap with 1,000 places. */
export class BoxGrid {
  private cells = new Map<string, Box[]>();
  constructor(boxes: readonly Box[] = [], private size = 64) {
    boxes.forEach((b) => this.add(b));
  }
  private keys(b: Box, margin = 0): string[] {
    const keys: string[] = [];
    for (let x = Math.floor((b.x1 - margin) / this.size); x <= Math.floor((b.x2 + margin) / this.size); x++)
      for (let y = Math.floor((b.y1 - margin) / this.size); y <= Math.floor((b.y2 + margin) / this.size); y++) keys.push(`${x},${y}`);
    return keys;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const cell = this.cells.get(k);
      if (cell) cell.push(b);
      else this.cells.set(k, [b]);
    }
  }
  hits(b: Box, margin = 2, except?: Box): boolean {
    return this.keys(b, margin).some((k) => this.cells.get(k)?.some((o) => o !== except && overlaps(b, o, margin)));
  }
}

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
  const placedMarks = new BoxGrid();
  const marks = byPriority.map((p) => {
    const at = map.project(toLatLng(markerOf(p)), zoom);
    const free = NUDGES.find(([dx, dy]) => !placedMarks.hits(boxAt(at.x + dx, at.y + dy), GAP)) ?? [0, 0];
    if (free[0] || free[1]) offsets.set(p.id, free);
    const pt = { x: at.x + free[0], y: at.y + free[1] };
    const box = boxAt(pt.x, pt.y);
    placedMarks.add(box);
    return { place: p, pt, box };
  });
  const obstacles: Box[] = marks.map((m) => m.box);
  const taken = new BoxGrid(obstacles);
  const shown = new Set<string>();
  // A name cut off by the edge of the map helps no one; its mark keeps it as a tooltip.
  const view = zoom === map.getZoom() ? map.getPixelBounds() : undefined;
  for (const m of marks) {
    const label = { x1: m.pt.x + MARK_HALF + 2, y1: m.pt.y - LABEL_H / 2, x2: m.pt.x + MARK_HALF + 2 + labelWidth(m.place.properties.name), y2: m.pt.y + LABEL_H / 2 };
    if (taken.hits(label, 2, m.box) || (view && view.max && label.x2 > view.max.x)) continue;
    shown.add(m.place.id);
    obstacles.push(label);
    taken.add(label);
  }
  return { shown, obstacles, offsets };
}

/** The box of a centred map label (country or sea name) at this zoom. */
export function centredLabelBox(map: L.Map, zoom: number, at: readonly number[], text: string, px: number): Box {
  const pt = map.project(toLatLng(at), zoom);
  const w = labelWidth(text, px * 0.62);
  return { x1: pt.x - w / 2, y1: pt.y - px * 0.7, x2: pt.x + w / 2, y2: pt.y + px * 0.7 };
}
