// The review map's frame: what part of the world it shows for a set of places. Pure arithmetic,
// used by the map in the browser (to place dots and outlines) and by the draft route (to know
// which country outlines to send), so both agree on what is in view.

export const VIEW_W = 360;
export const VIEW_H = 170;
const PAD = 28;
// At least this much of the world (degrees, east–west scaled for latitude × north–south), so one
// place still shows the countries around it.
const MIN_SPAN_X = 9;
const MIN_SPAN_Y = 4;

export type LonLat = { lon: number; lat: number };
/** Degrees: west, south, east, north. */
export type LonLatBox = { x0: number; y0: number; x1: number; y1: number };
export type ReviewView = {
  x: (lon: number) => number;
  y: (lat: number) => number;
  /** The part of the world inside the picture. */
  box: LonLatBox;
};

/** Equirectangular, east–west scaled for the places' middle latitude; the places centred. */
export function reviewView(points: readonly LonLat[]): ReviewView {
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const cx = (Math.min(...lons) + Math.max(...lons)) / 2;
  const cy = (Math.min(...lats) + Math.max(...lats)) / 2;
  const k = Math.cos((cy * Math.PI) / 180);
  const spanX = Math.max((Math.max(...lons) - Math.min(...lons)) * k, MIN_SPAN_X);
  const spanY = Math.max(Math.max(...lats) - Math.min(...lats), MIN_SPAN_Y);
  const scale = Math.min((VIEW_W - 2 * PAD) / spanX, (VIEW_H - 2 * PAD) / spanY);
  const halfX = VIEW_W / 2 / (k * scale);
  const halfY = VIEW_H / 2 / scale;
  return {
    x: (lon) => VIEW_W / 2 + (lon - cx) * k * scale,
    y: (lat) => VIEW_H / 2 - (lat - cy) * scale,
    box: { x0: cx - halfX, y0: cy - halfY, x1: cx + halfX, y1: cy + halfY },
  };
}
