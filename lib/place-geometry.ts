// Geometry questions about a place. Kept apart from the zod schema so the map's bundle stays free of zod.
import { pointInPolygon, pointOnLine } from './geo';
import type { Geometry } from 'geojson';

// Structural types, not the schema's: the schema imports markerFits, and this file must not
// import it back (nor pull zod into the map's bundle).
type Located = { geometry: Geometry; properties: { marker?: unknown } };

/** Where a place's marker sits: its point, or the `marker` property of an area or a line. */
export function markerOf(place: Located): [number, number] {
  if (place.geometry.type === 'Point') return place.geometry.coordinates as [number, number];
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
    default:
      // A place is never a GeometryCollection (the schema says so).
      return false;
  }
}
