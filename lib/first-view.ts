// The map's first view, drawn at build time as an SVG document (/first-view/<name>.svg) that the
// map area frames, so the map shows before any script runs and its places work as plain links.
// It is the view Leaflet will fit (the same Web Mercator projection, bounds, padding and zoom steps
// as follow-selection.tsx), so when Leaflet has drawn it, hiding this one changes nothing on screen.
// A document of its own, not inline SVG: inline, every byte of it would be in the page twice (its
// HTML and React's copy of it), tripling the home page's gzipped size.
import { boundsOf, positionsOf, type Bounds } from './geo';
import { markerOf } from './place-geometry';
import type { Place, PlaceKind } from './places-schema';
import { clipLine, clipPolygon } from './clip';
import { simplify } from './simplify';
import type { CountryFeature } from './svg-map';
import { markSvg } from './marks';
import { layoutMarks } from './mark-layout';
import {
  countryStyle,
  FIT_PADDING,
  KIND_COLOR,
  markSize,
  REGION_FILL_OPACITY,
  UKRAINE_ID,
  WATER,
} from './map-style';
import { mapViewPath, type MapView } from './urls';

type Pt = [number, number];

/** Leaflet's EPSG:3857 projection to pixels at a zoom (256 px tiles), without Leaflet. */
export function project([lon, lat]: readonly number[], zoom: number): Pt {
  const MAX_LAT = 85.0511287798;
  const d = Math.PI / 180;
  const l = Math.max(Math.min(MAX_LAT, lat), -MAX_LAT);
  const sin = Math.sin(l * d);
  const scale = 256 * 2 ** zoom;
  const x = 0.5 + lon / 360;
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [x * scale, y * scale];
}

export type Frame = {
  width: number;
  height: number;
  paddingTopLeft: Pt;
  paddingBottomRight: Pt;
};

type FitOptions = {
  minZoom: number;
  maxZoom: number;
  zoomSnap: number;
  /** The map's maxBounds: the view is moved (not zoomed) to stay inside them where it can. */
  maxBounds?: Bounds;
};

/** Leaflet's _rebound: how far to move a view that sticks out `left` and `right` pixels. */
function rebound(left: number, right: number): number {
  return left + right > 0
    ? Math.round(left - right) / 2
    : Math.max(0, Math.ceil(left)) - Math.max(0, Math.floor(right));
}

/**
 * What `map.fitBounds(bounds, { paddingTopLeft, paddingBottomRight, maxZoom })` settles on
 * (Leaflet 1.9's getBoundsZoom and _getBoundsCenterZoom): the zoom, and the view's centre in
 * pixels at that zoom.
 */
export function fitView(
  [[w, s], [e, n]]: Bounds,
  frame: Frame,
  { minZoom, maxZoom, zoomSnap, maxBounds }: FitOptions,
): { zoom: number; center: Pt } {
  const [x0, y0] = project([w, n], 0);
  const [x1, y1] = project([e, s], 0);
  const sizeX = frame.width - frame.paddingTopLeft[0] - frame.paddingBottomRight[0];
  const sizeY = frame.height - frame.paddingTopLeft[1] - frame.paddingBottomRight[1];
  const scale = Math.min(sizeX / (x1 - x0), sizeY / (y1 - y0));
  let zoom = Math.log2(scale);
  // Leaflet: no jump when within 1% of a step, then down to the step.
  zoom = Math.round(zoom / (zoomSnap / 100)) * (zoomSnap / 100);
  zoom = Math.floor(zoom / zoomSnap) * zoomSnap;
  zoom = Math.max(minZoom, Math.min(maxZoom, zoom));
  const k = 2 ** zoom;
  const center: Pt = [
    ((x0 + x1) / 2) * k + (frame.paddingBottomRight[0] - frame.paddingTopLeft[0]) / 2,
    ((y0 + y1) / 2) * k + (frame.paddingBottomRight[1] - frame.paddingTopLeft[1]) / 2,
  ];
  if (!maxBounds) return { zoom, center };
  // Leaflet's _limitCenter: setView keeps the view inside maxBounds.
  const [[bw, bs], [be, bn]] = maxBounds;
  const [mx0, my0] = project([bw, bn], zoom);
  const [mx1, my1] = project([be, bs], zoom);
  const dx = rebound(mx0 - (center[0] - frame.width / 2), -(mx1 - (center[0] + frame.width / 2)));
  const dy = rebound(my0 - (center[1] - frame.height / 2), -(my1 - (center[1] + frame.height / 2)));
  if (Math.abs(dx) <= 1 && Math.abs(dy) <= 1) return { zoom, center };
  return { zoom, center: [center[0] + dx, center[1] + dy] };
}

// The map's settings (map-view.tsx and follow-selection.tsx) that decide the first view.
const ZOOM = {
  minZoom: 3,
  maxZoom: 9,
  zoomSnap: 0.25,
  maxBounds: [
    [-25, 25],
    [70, 72],
  ] as Bounds,
};
const CITY_ZOOM = 5;
const CITY_BOX = 0.05;

/** The bounds Leaflet fits: the place (a city as a small box around it) or every place. */
export function fitBounds(places: readonly Place[], focus?: Place): Bounds {
  if (focus?.geometry.type === 'Point') {
    const [lon, lat] = focus.geometry.coordinates;
    return [
      [lon - CITY_BOX, lat - CITY_BOX],
      [lon + CITY_BOX, lat + CITY_BOX],
    ];
  }
  return boundsOf((focus ? [focus] : places).flatMap((p) => positionsOf(p.geometry.coordinates)));
}

/**
 * The two frames the first view is drawn for, as the app lays them out: a laptop's map (1366 × 768
 * window, the panel on the right) and a phone's (412 × 823, the bottom sheet collapsed on the
 * home page and half open on a place), with the room the map leaves around what it fits.
 */
export function frames(selected: boolean): { laptop: Frame; phone: Frame } {
  const phoneHeight = 783;
  const sheet = selected ? phoneHeight / 2 : 128;
  return {
    laptop: {
      width: 966,
      height: 728,
      paddingTopLeft: FIT_PADDING.topLeft,
      paddingBottomRight: FIT_PADDING.bottomRight(966, 0),
    },
    phone: {
      width: 412,
      height: phoneHeight,
      paddingTopLeft: FIT_PADDING.topLeft,
      paddingBottomRight: FIT_PADDING.bottomRight(412, sheet),
    },
  };
}

type Options = {
  countries: readonly CountryFeature[];
  places: readonly Place[];
  focusId?: string;
  /** The view a click on a place opens it in. */
  view: MapView;
};

// Inside the framed document: (0, 0) is the frame's centre; a tall frame (a phone's) shows the
// phone's marks and scales the drawing to the phone's zoom. Links leave the frame for the page.
const STYLE =
  'a{cursor:pointer}a:focus-visible{outline:3px solid #1a1a1a}' +
  '.g path{vector-effect:non-scaling-stroke;fill-rule:evenodd;stroke-linejoin:round}' +
  "text{font:600 13px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;fill:#1d2329;" +
  'paint-order:stroke;stroke:rgba(255,255,255,.88);stroke-width:4px;stroke-linejoin:round}' +
  '.p{display:none}@media (max-aspect-ratio:1/1){.l{display:none}.p{display:inline}.g{transform:var(--p)}}';

const r1 = (v: number) => Math.round(v);

/** The first view as an SVG document: countries, the places' shapes, and each mark as a link. */
export function renderFirstView({ countries, places, focusId, view }: Options): string {
  const focus = places.find((p) => p.id === focusId);
  const bounds = fitBounds(places, focus);
  const fit = { ...ZOOM, maxZoom: focus?.geometry.type === 'Point' ? CITY_ZOOM : ZOOM.maxZoom };
  const { laptop, phone } = frames(!!focus);
  const L = fitView(bounds, laptop, fit);
  const P = fitView(bounds, phone, fit);
  const k = 2 ** (P.zoom - L.zoom);
  // Laptop pixels (centred) to phone pixels (centred): p' = k·p + t.
  const t: Pt = [k * L.center[0] - P.center[0], k * L.center[1] - P.center[1]];
  const toL = (p: readonly number[]): Pt => {
    const [x, y] = project(p, L.zoom);
    return [x - L.center[0], y - L.center[1]];
  };
  const toP = (p: readonly number[]): Pt => {
    const [x, y] = project(p, P.zoom);
    return [x - P.center[0], y - P.center[1]];
  };
  // Draw what either frame shows, in laptop pixels, with a margin: the phone's frame maps back
  // through the inverse of p' = k·p + t.
  const m = 24;
  const box = {
    x0: Math.min(-laptop.width / 2, (-phone.width / 2 - t[0]) / k) - m,
    x1: Math.max(laptop.width / 2, (phone.width / 2 - t[0]) / k) + m,
    y0: Math.min(-laptop.height / 2, (-phone.height / 2 - t[1]) / k) - m,
    y1: Math.max(laptop.height / 2, (phone.height / 2 - t[1]) / k) + m,
  };
  const pathOf = (pts: Pt[], close: boolean) => {
    let d = '';
    let last: Pt | undefined;
    for (const p of simplify(pts, TOLERANCE)) {
      const q: Pt = [r1(p[0]), r1(p[1])];
      if (last && q[0] === last[0] && q[1] === last[1]) continue;
      d += last ? `l${q[0] - last[0]} ${q[1] - last[1]}` : `M${q[0]} ${q[1]}`;
      last = q;
    }
    return d && close ? `${d}z` : d;
  };
  const ring = (r: readonly (readonly number[])[], close: boolean) => {
    const pts = r.map(toL);
    return close
      ? pathOf(clipPolygon(pts, box), true)
      : clipLine(pts, box)
          .map((part) => pathOf(part, false))
          .join('');
  };
  const polygons = (g: CountryFeature['geometry']) =>
    g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  // Rings near the frames, and not specks (islands a few pixels across are left off).
  const near = (coords: readonly (readonly number[])[]) => {
    const [[a, b], [c, d]] = boundsOf(coords.map(toL));
    return c >= box.x0 && a <= box.x1 && d >= box.y0 && b <= box.y1 && c - a + d - b > SPECK;
  };

  const land = (ua: boolean) =>
    countries
      .filter((f) => (String(f.id) === UKRAINE_ID) === ua)
      .flatMap((f) => polygons(f.geometry).filter((poly) => near(poly[0])))
      .map((poly) =>
        poly
          .filter((r) => near(r))
          .map((r) => ring(r, true))
          .join(''),
      )
      .join('');
  // As basemap.tsx draws them; strokes keep their width when the phone's frame scales the drawing.
  const countryPath = (ua: boolean) => {
    const s = countryStyle(ua ? UKRAINE_ID : '');
    return `<path d='${land(ua)}' fill='${s.fill}' stroke='${s.stroke}' stroke-width='${s.strokeWidth}'/>`;
  };
  const geo =
    countryPath(false) +
    countryPath(true) +
    places
      .map((p) => {
        const g = p.geometry;
        const sel = p.id === focusId;
        const dim = !!focus && !sel;
        const c = KIND_COLOR[p.properties.kind];
        if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
          const d = polygons(g)
            .map((poly) => poly.map((r) => ring(r, true)).join(''))
            .join('');
          return d
            ? `<path d='${d}' fill='${c}' fill-opacity='${REGION_FILL_OPACITY[sel ? 'selected' : dim ? 'dimmed' : 'plain']}' stroke='${c}' stroke-opacity='${dim ? 0.6 : 1}' stroke-width='${sel ? 3 : 1.5}'/>`
            : '';
        }
        if (g.type === 'LineString' || g.type === 'MultiLineString') {
          const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
          const d = lines.map((l) => ring(l, false)).join('');
          return d
            ? `<path d='${d}' fill='none' stroke='${c}' stroke-opacity='${dim ? 0.55 : 1}' stroke-width='${sel ? 5 : 3}' stroke-linecap='round'/>`
            : '';
        }
        return '';
      })
      .join('');

  // Marks keep their size in both frames, so each frame has its own; CSS shows one. Marks that
  // would overlap are nudged apart by the live map's own rule (mark-layout.ts).
  const byPriority = [...places].sort(
    (a, b) => Number(b.id === focusId) - Number(a.id === focusId),
  );
  const marks = (to: (p: readonly number[]) => Pt, frame: Frame) => {
    const at = new Map(byPriority.map((p) => [p.id, to(markerOf(p))]));
    const { offsets } = layoutMarks(
      byPriority.map((p) => {
        const [x, y] = at.get(p.id)!;
        return { id: p.id, x, y, selected: p.id === focusId, labelWidth: 0 };
      }),
    );
    return byPriority
      .map((p) => {
        const [dx, dy] = offsets.get(p.id) ?? [0, 0];
        const x = at.get(p.id)![0] + dx;
        const y = at.get(p.id)![1] + dy;
        if (Math.abs(x) > frame.width / 2 + 40 || Math.abs(y) > frame.height / 2 + 40) return '';
        const sel = p.id === focusId;
        const size = markSize(sel);
        const name = escapeXml(p.properties.name);
        return (
          `<a href='${mapViewPath(view, p.id)}' target='_top'${sel ? " aria-current='page'" : ''}>` +
          `<g transform='translate(${r1(x - size / 2)} ${r1(y - size / 2)})'>${markSvg(p.properties.kind as PlaceKind, size, sel).replaceAll('"', "'")}</g>` +
          `<text x='${r1(x + size / 2 + 4)}' y='${r1(y + 5)}'>${name}</text></a>`
        );
      })
      .reverse() // the selected place last, on top
      .join('');
  };

  const num = (v: number) => Math.round(v * 1000) / 1000;
  const phoneTransform = `translate(${num(t[0])}px,${num(t[1])}px) scale(${num(k)})`;
  return (
    `<svg xmlns='http://www.w3.org/2000/svg' width='100%' height='100%' style='--p:${phoneTransform}'>` +
    `<style>${STYLE}</style><rect width='100%' height='100%' fill='${WATER}'/>` +
    `<svg x='50%' y='50%' overflow='visible'>` +
    `<g class='g'>${geo}</g><g class='l'>${marks(toL, laptop)}</g><g class='p'>${marks(toP, phone)}</g>` +
    `</svg></svg>`
  );
}

// Pixels a simplified outline may stray from the true one: the first view is on screen for a
// moment, and every byte of it is in the page twice (its HTML and React's copy).
const TOLERANCE = 2;
const SPECK = 6;

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
