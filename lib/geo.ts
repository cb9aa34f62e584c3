// Plain geometry helpers over GeoJSON positions ([lon, lat]). No Leaflet here.
export type Position = [number, number];
export type Ring = Position[];
export type Bounds = [Position, Position]; // [[minLon, minLat], [maxLon, maxLat]]

/** The one place that swaps GeoJSON [lon, lat] into Leaflet's [lat, lon]. */
export function toLatLng([lon, lat]: readonly number[]): [number, number] {
  return [lat, lon];
}

/** Bounds in Leaflet's order: [[south, west], [north, east]], swapped by `toLatLng`. */
export function toLatLngBounds([sw, ne]: Bounds): [[number, number], [number, number]] {
  return [toLatLng(sw), toLatLng(ne)];
}

/** A square of `d` degrees each way around a position. */
export function boundsAround([lon, lat]: readonly number[], d: number): Bounds {
  return [
    [lon - d, lat - d],
    [lon + d, lat + d],
  ];
}

export function isClosedRing(ring: readonly (readonly number[])[]): boolean {
  if (ring.length < 4) return false;
  const a = ring[0];
  const b = ring[ring.length - 1];
  return a[0] === b[0] && a[1] === b[1];
}

/** Even-odd ray casting; points on the edge count as inside. */
export function pointInRing(
  [x, y]: readonly number[],
  ring: readonly (readonly number[])[],
): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (distanceToSegment([x, y], ring[j], ring[i]) === 0) return true;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
export function pointInPolygon(
  p: readonly number[],
  rings: readonly (readonly (readonly number[])[])[],
): boolean {
  const [outer, ...holes] = rings;
  return pointInRing(p, outer) && !holes.some((h) => pointInRing(p, h));
}

/** Planar distance in degrees from p to the segment ab. */
export function distanceToSegment(
  p: readonly number[],
  a: readonly number[],
  b: readonly number[],
): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t =
    len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Whether p lies on the polyline, within `tolerance` degrees (default about 1 m). */
export function pointOnLine(
  p: readonly number[],
  line: readonly (readonly number[])[],
  tolerance = 1e-5,
): boolean {
  for (let i = 1; i < line.length; i++)
    if (distanceToSegment(p, line[i - 1], line[i]) <= tolerance) return true;
  return false;
}

export function inRange([lon, lat]: readonly number[]): boolean {
  return (
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    lon >= -180 &&
    lon <= 180 &&
    lat >= -90 &&
    lat <= 90
  );
}

type AnyCoords = number | AnyCoords[];

/** Every position of a geometry's coordinates, however deeply nested. */
export function positionsOf(coords: AnyCoords): Position[] {
  if (!Array.isArray(coords)) return [];
  if (typeof coords[0] === 'number') return [coords as unknown as Position];
  return (coords as AnyCoords[]).flatMap(positionsOf);
}

export function boundsOf(positions: readonly (readonly number[])[]): Bounds {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const [x, y] of positions) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return [
    [minX, minY],
    [maxX, maxY],
  ];
}
