import type L from 'leaflet';
import { toLatLng } from '@/lib/geo';
import { textWidth, type TextStyle } from './text-width';
import { markerOf } from '@/lib/place-geometry';
import type { Place } from '@/lib/places-schema';

export type Box = { x1: number; y1: number; x2: number; y2: number };

const MARK_HALF = 14;
const LABEL_H = 20;
// A place's name: 13 px semibold, 4 px padding each side, 6 px from its mark (Leaflet's tooltip
// margin); marks are 26 px, 32 px when selected.
const NAME_STYLE: TextStyle = { px: 13, weight: 600 };
const NAME_PAD = 8;
const NAME_GAP = 6;
const markHalf = (selected: boolean) => (selected ? 16 : 13);

export const overlaps = (a: Box, b: Box, margin = 2) =>
  a.x1 < b.x2 + margin && b.x1 < a.x2 + margin && a.y1 < b.y2 + margin && b.y1 < a.y2 + margin;

export type Offset = readonly [number, number];
/** Which side of its mark a place's name goes: right unless only the left has room. */
export type Side = 'right' | 'left';
export type LabelLayout = {
  shown: Set<string>;
  sides: Map<string, Side>;
  obstacles: Box[];
  offsets: Map<string, Offset>;
};

// Marks closer than this would overlap: each target keeps 24 px to itself (WCAG 2.2, 2.5.8).
const GAP = 2;
// Where to try a mark: where it belongs first, then ever further away in eight directions.
const NUDGES: Offset[] = [
  [0, 0] as const,
  ...[0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => {
    const a = (i * Math.PI) / 4 - Math.PI / 2;
    return [1, 2].map(
      (r) =>
        [
          Math.round(Math.cos(a) * (MARK_HALF * 2 + GAP) * r),
          Math.round(Math.sin(a) * (MARK_HALF * 2 + GAP) * r),
        ] as const,
    );
  }),
].sort((a, b) => Math.hypot(...a) - Math.hypot(...b));

/** Boxes bucketed by position, so "does this overlap anything?" stays cheap with 1,000 places. */
export class BoxGrid {
  private cells = new Map<string, Box[]>();
  constructor(
    boxes: readonly Box[] = [],
    private size = 64,
  ) {
    boxes.forEach((b) => this.add(b));
  }
  private keys(b: Box, margin = 0): string[] {
    const keys: string[] = [];
    for (
      let x = Math.floor((b.x1 - margin) / this.size);
      x <= Math.floor((b.x2 + margin) / this.size);
      x++
    )
      for (
        let y = Math.floor((b.y1 - margin) / this.size);
        y <= Math.floor((b.y2 + margin) / this.size);
        y++
      )
        keys.push(`${x},${y}`);
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
    return this.keys(b, margin).some((k) =>
      this.cells.get(k)?.some((o) => o !== except && overlaps(b, o, margin)),
    );
  }
}

const boxAt = (x: number, y: number): Box => ({
  x1: x - MARK_HALF,
  y1: y - MARK_HALF,
  x2: x + MARK_HALF,
  y2: y + MARK_HALF,
});

/**
 * Where marks and names go at this zoom. Marks that would overlap (places close together, seen from
 * far out) are nudged apart, so each stays a separate target. Then the names: the selected place
 * first, then places in data order; a name that would cover another mark or name is left off (the
 * mark keeps its name as tooltip and accessible name). Returns the boxes other labels must avoid.
 */
export function layoutPlaceLabels(
  map: L.Map,
  zoom: number,
  places: readonly Place[],
  selectedId?: string,
): LabelLayout {
  const byPriority = [...places].sort(
    (a, b) => Number(b.id === selectedId) - Number(a.id === selectedId),
  );
  const offsets = new Map<string, Offset>();
  const placedMarks = new BoxGrid();
  const marks = byPriority.map((p) => {
    const at = map.project(toLatLng(markerOf(p)), zoom);
    const free = NUDGES.find(([dx, dy]) => !placedMarks.hits(boxAt(at.x + dx, at.y + dy), GAP)) ?? [
      0, 0,
    ];
    if (free[0] || free[1]) offsets.set(p.id, free);
    const pt = { x: at.x + free[0], y: at.y + free[1] };
    const box = boxAt(pt.x, pt.y);
    placedMarks.add(box);
    return { place: p, pt, box };
  });
  const view = zoom === map.getZoom() ? map.getPixelBounds() : undefined;
  // The map's own buttons and the legend sit over it: names go around them like around marks.
  const obstacles: Box[] = [...marks.map((m) => m.box), ...(view ? controlBoxes(map, view) : [])];
  const taken = new BoxGrid(obstacles);
  const shown = new Set<string>();
  const sides = new Map<string, Side>();
  for (const m of marks) {
    const half = markHalf(m.place.id === selectedId);
    const w = textWidth(m.place.properties.name, NAME_STYLE) + NAME_PAD;
    const y1 = m.pt.y - LABEL_H / 2;
    const y2 = m.pt.y + LABEL_H / 2;
    const right = { x1: m.pt.x + half + NAME_GAP, y1, x2: m.pt.x + half + NAME_GAP + w, y2 };
    const left = { x1: m.pt.x - half - NAME_GAP - w, y1, x2: m.pt.x - half - NAME_GAP, y2 };
    // A name cut off by the edge of the map helps no one; its mark keeps it as a tooltip.
    const fits = (b: Box) => !taken.hits(b, 2, m.box) && (!view || insideView(b, view));
    const label = fits(right) ? right : fits(left) ? left : undefined;
    if (!label) continue;
    shown.add(m.place.id);
    if (label === left) sides.set(m.place.id, 'left');
    obstacles.push(label);
    taken.add(label);
  }
  return { shown, sides, obstacles, offsets };
}

/** Whether a box (in the map's pixel coordinates) lies wholly inside the visible map. */
export function insideView(b: Box, view: L.Bounds): boolean {
  return (
    !!view.min &&
    !!view.max &&
    b.x1 >= view.min.x &&
    b.x2 <= view.max.x &&
    b.y1 >= view.min.y &&
    b.y2 <= view.max.y
  );
}

/** The zoom buttons and the legend, as boxes in the map's pixel coordinates. */
function controlBoxes(map: L.Map, view: L.Bounds): Box[] {
  const container = map.getContainer();
  const frame = container.getBoundingClientRect();
  const area = container.closest('.map-area') ?? container;
  return [...area.querySelectorAll('.leaflet-control-zoom, .map-legend')].flatMap((el) => {
    const r = el.getBoundingClientRect();
    if (!r.width || !view.min) return [];
    const x = view.min.x - frame.left;
    const y = view.min.y - frame.top;
    return [{ x1: r.left + x, y1: r.top + y, x2: r.right + x, y2: r.bottom + y }];
  });
}

/** The box of a centred map label (country or sea name) at this zoom. */
export function centredLabelBox(
  map: L.Map,
  zoom: number,
  at: readonly number[],
  text: string,
  style: TextStyle,
): Box {
  const pt = map.project(toLatLng(at), zoom);
  const w = textWidth(text, style) + 4;
  return {
    x1: pt.x - w / 2,
    y1: pt.y - style.px * 0.7,
    x2: pt.x + w / 2,
    y2: pt.y + style.px * 0.7,
  };
}
