// Geometry questions about a place. Kept apart from the zod schema so the map's bundle stays free of zod.
import { pointInPolygon, pointOnLine } from './geo';
import type { Geometry, Place } from './places-schema';

/** Where a place's marker sits: its point, or the `marker` property of an area or a line. */
export function markerOf(place: Place): [number, number] {
  if (place.geometry.type === 'Point') return place.geometry.coordinates;
  return place.properties.marker as [number, number];
}

export function markerFits(geometry: Geometry, p: readonly number[]): boolean {
  switch (geometry.type) {
    case 'Point':
      return true;
    case 'LineString':
      return pointOnLine(p, geometry.coordinates);
    case 'MultiLineString':
      return geometry.coordinates.some((l) => pointOnLine(p, l));
    case 'Polygon':
      return pointInPolygon(p, geometry.coordinates);
    case 'MultiPolygon':
      return geometry.coordinates.some((poly) => pointInPolygon(p, poly));
  }
}
