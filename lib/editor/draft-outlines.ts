// Server side (the draft route): the basemap's countries around a draft's places, cut to a box
// and rounded, so the review map can draw them without the basemap's code or data. It imports
// lib/clip.ts and lib/map-style.ts, which the map's chunk has: never import it from the browser.
import { clipPolygon, type Pt } from '../clip';
import { ATTRIBUTION, UKRAINE_ID } from '../map-style';
import { simplify } from '../simplify';
import type { CountryFeature } from '../svg-map';
import type { CountryOutline, Outlines, Ring } from './outlines';
import { reviewView, VIEW_H, VIEW_W, type LonLat, type LonLatBox } from './review-view';

// How far (in the review map's units, 1/360 of its width, at the view of all the places) an
// outline may stray from the basemap's: under a pixel where the map is drawn, and a fraction of
// the points to send. Islands smaller than SPECK across are left off.
const TOLERANCE = 0.5;
const SPECK = 1.5;

/**
 * The review map's view of all the places, widened to each place's own view: when the editor
 * rejects all but one place, the map frames that one, and its countries are still there.
 */
export function outlineBox(points: readonly LonLat[]): LonLatBox {
  return [points, ...points.map((p) => [p])]
    .map((set) => reviewView(set).box)
    .reduce((a, b) => ({
      x0: Math.min(a.x0, b.x0),
      y0: Math.min(a.y0, b.y0),
      x1: Math.max(a.x1, b.x1),
      y1: Math.max(a.y1, b.y1),
    }));
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The ring rounded, repeated points dropped; none if nothing with an area is left. */
function rounded(ring: readonly Pt[]): Ring | undefined {
  const out: Ring = [];
  for (const [lon, lat] of ring) {
    const p: [number, number] = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && out[0][0] === out.at(-1)![0] && out[0][1] === out.at(-1)![1]) out.pop();
  // Twice the signed area (shoelace): a ring squeezed onto the box's edge has none.
  const area = out.reduce((s, p, i) => {
    const q = out[(i + 1) % out.length];
    return s + p[0] * q[1] - q[0] * p[1];
  }, 0);
  return out.length >= 3 && Math.abs(area) > 1e-4 ? out : undefined;
}

const touches = (ring: readonly Pt[], b: LonLatBox) =>
  ring.some(([x]) => x >= b.x0) &&
  ring.some(([x]) => x <= b.x1) &&
  ring.some(([, y]) => y >= b.y0) &&
  ring.some(([, y]) => y <= b.y1);

/** The countries in the box around the places (none without places), Ukraine marked. */
export function outlinesAround(
  points: readonly LonLat[],
  countries: readonly CountryFeature[],
): Outlines | undefined {
  if (!points.length) return undefined;
  // Rounded outwards, so the rounded points stay inside it.
  const wide = outlineBox(points);
  const box = {
    x0: Math.floor(wide.x0 * 100) / 100,
    y0: Math.floor(wide.y0 * 100) / 100,
    x1: Math.ceil(wide.x1 * 100) / 100,
    y1: Math.ceil(wide.y1 * 100) / 100,
  };
  const { box: seen } = reviewView(points);
  const sx = VIEW_W / (seen.x1 - seen.x0);
  const sy = VIEW_H / (seen.y1 - seen.y0);
  const simplified = (ring: readonly Pt[]) =>
    simplify(
      ring.map(([x, y]) => [x * sx, y * sy]),
      TOLERANCE,
    ).map(([x, y]): Pt => [x / sx, y / sy]);
  const notSpeck = (ring: readonly Pt[]) => {
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    return (
      (Math.max(...xs) - Math.min(...xs)) * sx + (Math.max(...ys) - Math.min(...ys)) * sy > SPECK
    );
  };
  const out: CountryOutline[] = [];
  for (const c of countries) {
    const polygons =
      c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates;
    const rings = polygons
      .flat()
      .map((r) => r as Pt[])
      .filter((r) => touches(r, box) && notSpeck(r))
      .map((r) => rounded(simplified(clipPolygon(r, box))))
      .filter((r): r is Ring => r !== undefined);
    if (!rings.length) continue;
    const emphasis = String(c.id) === UKRAINE_ID ? { emphasis: true as const } : {};
    out.push({ name: c.properties.name, ...emphasis, rings });
  }
  return {
    box,
    countries: out,
    attribution: ATTRIBUTION,
  };
}
