// A small static map as an SVG string, drawn from the same geometry as the live map:
// the bundled country outlines and the places' own shapes. Used for link previews (and print).
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { boundsOf, positionsOf, type Bounds } from './geo';
import {
  KIND_COLOR,
  MARK_RING,
  REGION_FILL_OPACITY,
  SELECTED_RING,
  WATER,
  countryStyle,
} from './map-style';
import { clipLine, clipPolygon } from './clip';
import { markerOf } from './place-geometry';
import { renderSvgInset } from './svg-inset';
import type { Place } from './places-schema';

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

type Pt = [number, number];

type Options = {
  width: number;
  height: number;
  countries: readonly CountryFeature[];
  places: readonly Place[];
  focusId?: string;
  /** A locator inset in the top-right corner (for maps zoomed in past country level). */
  inset?: boolean;
};

/** The view: the focused place (with room around it) or every place, fitted to the aspect ratio. */
function viewBounds(places: readonly Place[], focus: Place | undefined, aspect: number): Bounds {
  const [[w, s], [e, n]] = boundsOf(
    (focus ? [focus] : places).flatMap((p) => positionsOf(p.geometry.coordinates)),
  );
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  // A focused place gets its neighbourhood around it; the overview only a margin.
  const room = focus ? 1.9 : 1.12;
  // A city is a point: show a region around it (about 500 km each way), so the reader can place it.
  const min = focus?.geometry.type === 'Point' ? 2.6 : 1.1;
  let halfW = Math.max(((e - w) / 2) * k, min * 1.35) * room;
  let halfH = Math.max((n - s) / 2, min) * room;
  if (halfW / halfH > aspect) halfH = halfW / aspect;
  else halfW = halfH * aspect;
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  return [
    [cx - halfW / k, cy - halfH],
    [cx + halfW / k, cy + halfH],
  ];
}

export function renderSvgMap({
  width,
  height,
  countries,
  places,
  focusId,
  inset,
}: Options): string {
  const focus = places.find((p) => p.id === focusId);
  const view = viewBounds(places, focus, width / height);
  const [[w, s], [e, n]] = view;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const scale = width / ((e - w) * k);
  const x = (lon: number) => (lon - w) * k * scale;
  const y = (lat: number) => (n - lat) * scale;
  // Work in pixels, clipped to the picture (plus a margin), so a map of one region does not carry
  // every vertex of the countries around it.
  const box = { x0: -8, y0: -8, x1: width + 8, y1: height + 8 };
  const toPx = (ring: readonly (readonly number[])[]): Pt[] =>
    ring.map(([lon, lat]) => [x(lon), y(lat)]);
  const pathOf = (pts: Pt[], close: boolean) => {
    let d = '';
    let last: Pt | undefined;
    pts.forEach((p, i) => {
      const q: Pt = [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
      if (last && i < pts.length - 1 && Math.abs(q[0] - last[0]) + Math.abs(q[1] - last[1]) < 0.8)
        return;
      d += `${d ? 'L' : 'M'}${q[0]} ${q[1]}`;
      last = q;
    });
    return d && close ? `${d}Z` : d;
  };
  const ringPath = (ring: readonly (readonly number[])[], close: boolean) =>
    close
      ? pathOf(clipPolygon(toPx(ring), box), true)
      : clipLine(toPx(ring), box)
          .map((part) => pathOf(part, false))
          .join('');
  const polygonsOf = (g: Polygon | MultiPolygon) =>
    g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const visible = (coords: readonly (readonly number[])[]) => {
    const [[a, b], [c, d]] = boundsOf(coords);
    return c >= w && a <= e && d >= s && b <= n;
  };

  const land = countries
    .map((f) => {
      const d = polygonsOf(f.geometry)
        .filter((poly) => visible(poly[0]))
        .map((poly) => poly.map((r) => ringPath(r, true)).join(''))
        .join('');
      if (!d) return '';
      const { fill, stroke, strokeWidth } = countryStyle(f.id);
      return `<path d="${d}" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}" fill-rule="evenodd"/>`;
    })
    .join('');

  // Only the places that reach into the picture are drawn.
  const inView = places.filter((p) => visible(positionsOf(p.geometry.coordinates)));
  const shapes = inView
    .map((p) => {
      const g = p.geometry;
      const sel = p.id === focusId;
      const c = KIND_COLOR[p.properties.kind];
      if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
        const d = polygonsOf(g)
          .map((poly) => poly.map((r) => ringPath(r, true)).join(''))
          .join('');
        return `<path d="${d}" fill="${c}" fill-opacity="${REGION_FILL_OPACITY[sel ? 'selected' : 'plain']}" stroke="${c}" stroke-width="${sel ? 3 : 1.5}" fill-rule="evenodd"/>`;
      }
      if (g.type === 'LineString' || g.type === 'MultiLineString') {
        const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
        const d = lines.map((l) => ringPath(l, false)).join('');
        return `<path d="${d}" fill="none" stroke="#ffffff" stroke-opacity="0.7" stroke-width="${sel ? 9 : 7}" stroke-linejoin="round"/><path d="${d}" fill="none" stroke="${c}" stroke-width="${sel ? 5 : 3}" stroke-linejoin="round" stroke-linecap="round"/>`;
      }
      return '';
    })
    .join('');

  const marks = [...inView]
    .sort((a, b) => Number(a.id === focusId) - Number(b.id === focusId))
    .map((p) => {
      const [lon, lat] = markerOf(p);
      const sel = p.id === focusId;
      const r = sel ? 15 : 10;
      const cx = x(lon);
      const cy = y(lat);
      const stroke = sel ? SELECTED_RING : MARK_RING;
      const sw = sel ? 3.5 : 2.5;
      const c = KIND_COLOR[p.properties.kind];
      if (p.properties.kind === 'city')
        return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${c}" stroke="${stroke}" stroke-width="${sw}"/>`;
      if (p.properties.kind === 'region')
        return `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" rx="${r / 2.5}" fill="${c}" stroke="${stroke}" stroke-width="${sw}"/>`;
      return `<path d="M${cx} ${cy - r * 1.1}L${cx + r} ${cy + r * 0.8}L${cx - r} ${cy + r * 0.8}Z" fill="${c}" stroke="${stroke}" stroke-width="${sw}" stroke-linejoin="round"/>`;
    })
    .join('');

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${WATER}"/>${land}${shapes}${marks}${inset ? renderSvgInset({ countries, view, mapWidth: width, mapHeight: height }) : ''}</svg>`;
}
