// The map's look, once: the live map (Leaflet), the maps drawn on the server (link previews,
// slides, the handout) and the page's CSS all read it from here. No Leaflet, React or zod, so
// server and client code alike can import it.
//
// The direction is TS → CSS: the root layout writes these values as CSS custom properties
// (`mapStyleCss`), because the server-drawn SVG maps need them with no browser to read CSS from.
import type { PlaceKind } from './places-schema';

/** Okabe–Ito colours (DESIGN.md); shape carries the kind too (colour blindness, grey print). */
export const KIND_COLOR: Record<PlaceKind, string> = {
  city: '#0072B2',
  region: '#E69F00',
  border: '#D55E00',
};

/** A region's shading (DESIGN.md: ~35 %), stronger when selected, fainter when another place is. */
export const REGION_FILL_OPACITY = { plain: 0.35, selected: 0.55, dimmed: 0.2 } as const;

/** A mark's width and height in CSS pixels: at least 24, the WCAG 2.2 minimum for a target. */
export const MARK_SIZE = 26;
/** The selected place's mark is larger (DESIGN.md: "Selected: larger mark, dark outline"). */
export const MARK_SIZE_SELECTED = 32;
export const markSize = (selected: boolean) => (selected ? MARK_SIZE_SELECTED : MARK_SIZE);
/** Below this many places every place keeps its own mark; from it, marks cluster (lib/clusters.ts). */
export const CLUSTER_FROM = 60;
/** A mark's ring: white, dark when the place is selected. */
export const MARK_RING = '#ffffff';
/** Counts on the map: an article-count badge, a cluster's disc. */
export const BADGE_FILL = '#1f2a44';
export const SELECTED_RING = '#1a1a1a';

export const WATER = '#d3e1ec';
export const LAND = '#f6f4ef';

export type CountryStyle = { fill: string; stroke: string; strokeWidth: number };
// Thin grey borders; Ukraine, the article's subject, reads first: a faint warm tint and a darker,
// slightly heavier outline.
const COUNTRY: CountryStyle = { fill: LAND, stroke: '#a8a8a8', strokeWidth: 0.8 };
const UKRAINE: CountryStyle = { fill: '#fbf1d9', stroke: '#6f6a60', strokeWidth: 1.4 };
/** Ukraine's id in the basemap (ISO 3166-1 numeric). */
export const UKRAINE_ID = '804';

/** How a country of the basemap is drawn, by its id. */
export function countryStyle(id: unknown): CountryStyle {
  return String(id) === UKRAINE_ID ? UKRAINE : COUNTRY;
}

/**
 * From this zoom in the map draws the basemap's whole detail (/api/basemap); wider views draw the
 * overview (/api/basemap-overview: bends under a pixel at zoom 5 left out, half the bytes).
 */
export const BASEMAP_DETAIL_ZOOM = 6;

/**
 * The room the map leaves around what it fits (components/map/follow-selection.tsx), and the first
 * view drawn at build time for it (lib/first-view.ts): a margin at the top and left; on the right
 * the marks' names, which sit right of each mark (more on a wide map); below, the scale bar (two
 * lines, on a phone above the attribution line: about 60 px) and some land past it, above whatever
 * covers the map's bottom (the phone's bottom sheet, the open timeline). With 16 px there, a
 * phone's view of Luhansk had the scale bar over Donetsk's mark and name; with 64, over its edge.
 */
export const FIT_PADDING = {
  topLeft: [24, 24] as [number, number],
  bottomRight: (mapWidth: number, coveredBelow: number): [number, number] => [
    mapWidth > 600 ? 150 : 70,
    coveredBelow + 84,
  ],
};

/**
 * How far past the view, as a share of its size, the map's canvases (the basemap, the regions'
 * lines) are drawn. Leaflet's default is 0.1; every canvas pixel is copied out on the page's main
 * thread each time the canvas is shown, so 0.05 (0.15 before: ProduceCanvasResource on
 * /places/luhansk at 412x823, 6 loads each, median 31 -> 24 ms). A pan or zoom-out shows the water
 * past it until the move ends, as it did past 0.15 for any pan of more than 62 px.
 */
export const CANVAS_PADDING = 0.05;

/** Credit for the map's data: on the live map and under every map drawn on the server. */
export const ATTRIBUTION = 'Made with Natural Earth. Place locations: GeoNames, CC BY 4.0';

/**
 * The colours as CSS custom properties, for the root layout to put in every page's head. The
 * countries' lines and Ukraine's tint are for the editor's review map, which cannot import this
 * module (it would split it out of the map's chunk). Marked pure, so the map's chunk, which has
 * this module but never reads this string, leaves the work out (the bundler keeps a top-level
 * call it cannot prove free of side effects).
 */
export const mapStyleCss = /* @__PURE__ */ (() =>
  `:root{${Object.entries({
    water: WATER,
    land: LAND,
    ...KIND_COLOR,
    'country-line': COUNTRY.stroke,
    ukraine: UKRAINE.fill,
    'ukraine-line': UKRAINE.stroke,
  })
    .map(([name, value]) => `--${name}:${value}`)
    .join(';')}}`)();
