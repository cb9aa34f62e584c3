// The locator inset: Ukraine and its neighbours in outline, with the part of the world a map
// shows drawn as a box. Plain geometry, shared by the live map's inset and the server-drawn maps.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { boundsOf, type Bounds } from './geo';
import { clipPolygon } from './clip';
import { SELECTED_RING, UKRAINE_ID } from './map-style';

/** What the inset always shows: Ukraine and its neighbours. */
export const INSET_AREA: Bounds = [
  [14, 42.5],
  [46, 57],
];
/** The box's colour: the selection's (the selected mark's dark outline). */
export const INSET_BOX_COLOUR = SELECTED_RING;

type Pt = [number, number];
export type InsetFrame = { width: number; height: number; area: Bounds };
export type InsetBox = { x: number; y: number; w: number; h: number };
export type InsetPicture = { land: string; ukraine: string; box: InsetBox };
type Country = Feature<Polygon | MultiPolygon, unknown>;

/** Web Mercator's y for a latitude (radians of "mercator latitude"), as the map itself draws. */
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const rad = (lon: number) => (lon * Math.PI) / 180;

/**
 * The area an inset of this size shows for a view: Ukraine and its neighbours, widened to take in
 * the view (with a margin) when it reaches further, then to the inset's shape.
 */
export function insetFrame(view: Bounds, width: number, height: number): InsetFrame {
  const [[vw, vs], [ve, vn]] = view;
  const mx = (ve - vw) * 0.15;
  const my = (vn - vs) * 0.15;
  // Out to whole steps of 2°, so views close to each other share one area (and its outlines).
  const down = (v: number) => Math.floor(v / 2) * 2;
  const up = (v: number) => Math.ceil(v / 2) * 2;
  const w = Math.max(-180, Math.min(INSET_AREA[0][0], down(vw - mx)));
  const e = Math.min(180, Math.max(INSET_AREA[1][0], up(ve + mx)));
  const s = Math.max(-80, Math.min(INSET_AREA[0][1], down(vs - my)));
  const n = Math.min(80, Math.max(INSET_AREA[1][1], up(vn + my)));
  // Widen the shorter side about the middle until the area has the inset's shape.
  const spanX = rad(e - w);
  const spanY = mercY(n) - mercY(s);
  const aspect = width / height;
  if (spanX / spanY < aspect) {
    const grow = (spanY * aspect - spanX) / 2 / (Math.PI / 180);
    return {
      width,
      height,
      area: [
        [w - grow, s],
        [e + grow, n],
      ],
    };
  }
  const mid = (mercY(n) + mercY(s)) / 2;
  const half = spanX / aspect / 2;
  const lat = (y: number) => (Math.atan(Math.exp(y)) * 360) / Math.PI - 90;
  return {
    width,
    height,
    area: [
      [w, lat(mid - half)],
      [e, lat(mid + half)],
    ],
  };
}

/** Degrees to the inset's pixels (y down). */
export function insetProject(frame: InsetFrame, [lon, lat]: readonly number[]): Pt {
  const [[w, s], [e, n]] = frame.area;
  const x = ((lon - w) / (e - w)) * frame.width;
  const y = ((mercY(n) - mercY(lat)) / (mercY(n) - mercY(s))) * frame.height;
  return [x, y];
}

/** The view as a box in the inset's pixels, kept inside it and never smaller than 4 px a side. */
export function insetBox(frame: InsetFrame, view: Bounds): InsetBox {
  const [x1, y1] = insetProject(frame, [view[0][0], view[1][1]]);
  const [x2, y2] = insetProject(frame, [view[1][0], view[0][1]]);
  const clampX = (v: number) => Math.max(0, Math.min(frame.width, v));
  const clampY = (v: number) => Math.max(0, Math.min(frame.height, v));
  let x = clampX(x1);
  let y = clampY(y1);
  let w = clampX(x2) - x;
  let h = clampY(y2) - y;
  if (w < 4) [x, w] = [Math.max(0, Math.min(frame.width - 4, x + w / 2 - 2)), 4];
  if (h < 4) [y, h] = [Math.max(0, Math.min(frame.height - 4, y + h / 2 - 2)), 4];
  const r = (v: number) => Math.round(v * 10) / 10;
  return { x: r(x), y: r(y), w: r(w), h: r(h) };
}

type Coarse = { id: string; rings: Pt[][]; bounds: Bounds };
// At 120 px a pixel is a few tenths of a degree: outlines thinned to 0.2° look the same and
// project and clip ten times faster. Kept per country.
const COARSE = 0.2;
const thinned = new WeakMap<Country, Coarse>();
function coarse(f: Country): Coarse {
  let out = thinned.get(f);
  if (!out) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = polys.flat().map((ring) => {
      const kept: Pt[] = [];
      for (const [x, y] of ring) {
        const last = kept[kept.length - 1];
        if (!last || Math.abs(x - last[0]) + Math.abs(y - last[1]) >= COARSE) kept.push([x, y]);
      }
      return kept;
    });
    out = { id: String(f.id), rings, bounds: boundsOf(polys.flat(2)) };
    thinned.set(f, out);
  }
  return out;
}

/** How many rings a country's inset outline has (each drawn on its own by `insetRingPath`). */
export const insetRingCount = (country: Country) => coarse(country).rings.length;

/**
 * One ring of a country's outline inside the frame, as SVG path data (empty when it is outside or
 * a speck). One ring at a time, so the live map can draw its inset in short tasks: Russia alone
 * took a long task on a phone.
 */
export function insetRingPath(frame: InsetFrame, country: Country, ring: number): string {
  const f = coarse(country);
  const [[aw, as], [ae, an]] = frame.area;
  const [[w, s], [e, n]] = f.bounds;
  if (e < aw || w > ae || n < as || s > an) return '';
  const box = { x0: -2, y0: -2, x1: frame.width + 2, y1: frame.height + 2 };
  const pts = clipPolygon(
    f.rings[ring].map((p) => insetProject(frame, p)),
    box,
  );
  // Islands smaller than a pixel or so are left out: at this size they are specks.
  if (pts.length < 3 || spread(pts) < 1.5) return '';
  return pts.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`).join('') + 'Z';
}

/** One country's outline inside the frame, as SVG path data (empty when it is outside). */
export function insetCountryPath(frame: InsetFrame, country: Country): string {
  let d = '';
  for (let i = 0; i < insetRingCount(country); i++) d += insetRingPath(frame, country, i);
  return d;
}

/** Every country's outline inside the frame, as one SVG path, and Ukraine's as another. */
export function insetLand(frame: InsetFrame, countries: readonly Country[]) {
  const paths = countries.map((f) => insetCountryPath(frame, f));
  return landOf(countries, paths);
}

/** The inset's two paths from each country's own (`paths[i]` is `countries[i]`'s). */
export function landOf(countries: readonly Country[], paths: readonly string[]) {
  const ua = countries.findIndex((f) => String(f.id) === UKRAINE_ID);
  return { land: paths.join(''), ukraine: ua >= 0 ? paths[ua] : '' };
}

function spread(pts: readonly Pt[]): number {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/** The whole inset for a view: land, Ukraine, and the view's box. */
export function insetPicture(
  countries: readonly Country[],
  view: Bounds,
  width: number,
  height: number,
): InsetPicture {
  const frame = insetFrame(view, width, height);
  return { ...insetLand(frame, countries), box: insetBox(frame, view) };
}
