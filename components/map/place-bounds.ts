import * as L from 'leaflet';
import { boundsOf, positionsOf, toLatLng } from '@/lib/geo';
import type { Place } from '@/lib/places-schema';

/** Leaflet bounds around the places' geometries (a city's point included). */
export function placeBounds(places: readonly Place[]): L.LatLngBounds {
  const [[w, s], [e, n]] = boundsOf(places.flatMap((p) => positionsOf(p.geometry.coordinates)));
  return L.latLngBounds(toLatLng([w, s]), toLatLng([e, n]));
}
