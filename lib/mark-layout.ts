// Where the places' marks and names go, in the map's pixels: plain arithmetic, no Leaflet, so it
// can be tested with hand-built inputs. `label-layout.ts` feeds it from the live map.
import { MARK_SIZE, MARK_SIZE_SELECTED, markSize } from './map-style';
import { BoxGrid, within, type Box } from './boxes';

/** A place's mark where it belongs (in pixels), and how wide its name's label would be. */
export type MarkAt = { id: string; x: number; y: number; selected: boolean; labelWidth: number };
export type Offset = readonly [number, number];
/** Which side of its mark a place's name goes: right unless only the left has room. */
export type Side = 'right' | 'left';
export type MarkLayout = {
  /** Places whose name is shown beside the mark. */
  shown: Set<string>;
  /** Names on the left (every other shown name is on the right). */
  sides: Map<string, Side>;
  /** Every mark and shown name: what other labels must avoid. */
  obstacles: Box[];
  /** How far a mark was nudged from its place, where it was. */
  offsets: Map<string, Offset>;
};

/** A name's label: its height, and its distance from its mark (Leaflet's tooltip margin). */
export const LABEL_H = 20;
export const NAME_GAP = 6;
// Space kept clear between two marks, so each stays a target of its own (WCAG 2.2, 2.5.8).
export const MARK_GAP = 2;
// One nudge step: far enough for a mark to clear even the selected (larger) mark.
const STEP = MARK_SIZE_SELECTED / 2 + MARK_SIZE / 2 + MARK_GAP;
// Where to try a mark: where it belongs first, then ever further away in eight directions.
const NUDGES: Offset[] = [
  [0, 0] as const,
  ...[0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => {
    const a = (i * Math.PI) / 4 - Math.PI / 2;
    return [1, 2].map(
      (r) => [Math.round(Math.cos(a) * STEP * r), Math.round(Math.sin(a) * STEP * r)] as const,
    );
  }),
].sort((a, b) => Math.hypot(...a) - Math.hypot(...b));

/** The box a mark covers, drawn at its rendered size. */
export function markBox(x: number, y: number, selected: boolean): Box {
  const half = markSize(selected) / 2;
  return { x1: x - half, y1: y - half, x2: x + half, y2: y + half };
}

/**
 * Marks that would overlap (places close together, seen from far out) are nudged apart, so each
 * stays a separate target; the selected place keeps its spot. Then the names, the selected place's
 * first, then in data order: right of the mark, else left; a name that would cover a mark, another
 * name or `furniture` (the map's buttons, the legend), or be cut by the edge of `view`, is left
 * off (the mark keeps its name as tooltip and accessible name).
 */
export function layoutMarks(
  marks: readonly MarkAt[],
  view?: Box,
  furniture: readonly Box[] = [],
): MarkLayout {
  const byPriority = [...marks].sort((a, b) => Number(b.selected) - Number(a.selected));
  const offsets = new Map<string, Offset>();
  const placed = new BoxGrid();
  const boxes = byPriority.map((m) => {
    const free =
      NUDGES.find(([dx, dy]) => !placed.hits(markBox(m.x + dx, m.y + dy, m.selected), MARK_GAP)) ??
      NUDGES[0];
    if (free[0] || free[1]) offsets.set(m.id, free);
    const x = m.x + free[0];
    const y = m.y + free[1];
    const box = markBox(x, y, m.selected);
    placed.add(box);
    return { m, x, y, box };
  });
  const obstacles: Box[] = [...boxes.map((b) => b.box), ...furniture];
  const taken = new BoxGrid(obstacles);
  const shown = new Set<string>();
  const sides = new Map<string, Side>();
  for (const { m, x, y, box } of boxes) {
    const half = markSize(m.selected) / 2;
    const w = m.labelWidth;
    const y1 = y - LABEL_H / 2;
    const y2 = y + LABEL_H / 2;
    const right = { x1: x + half + NAME_GAP, y1, x2: x + half + NAME_GAP + w, y2 };
    const left = { x1: x - half - NAME_GAP - w, y1, x2: x - half - NAME_GAP, y2 };
    // A name cut off by the edge of the map helps no one; its mark keeps it as a tooltip.
    const fits = (b: Box) => !taken.hits(b, 2, box) && (!view || within(b, view));
    const label = fits(right) ? right : fits(left) ? left : undefined;
    if (!label) continue;
    shown.add(m.id);
    if (label === left) sides.set(m.id, 'left');
    obstacles.push(label);
    taken.add(label);
  }
  return { shown, sides, obstacles, offsets };
}
