import * as L from 'leaflet';
import { boundsOf, positionsOf, toLatLngBounds } from '@/lib/geo';
import type { Place } from '@/lib/places-schema';

/** Leaflet bounds around the places' geometries (a city's point included). */
export function placeBounds(places: readonly Place[]): L.LatLngBounds {
  return L.latLngBounds(
    toLatLngBounds(boundsOf(places.flatMap((p) => positionsOf(p.geometry.coordinates)))),
  );
}
