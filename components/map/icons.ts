import * as L from 'leaflet';
import { markSize } from '@/lib/map-style';
import type { PlaceKind } from '@/lib/places-schema';
import { markSvg } from '@/lib/marks';

const cache = new Map<string, L.Icon>();

/**
 * An image icon (so Leaflet sets `alt` and the marker reads as a named button), drawn `offset`
 * pixels away from its point when it has been nudged clear of a neighbour.
 */
export function markerIcon(
  kind: PlaceKind,
  selected: boolean,
  offset: readonly [number, number] = [0, 0],
): L.Icon {
  const key = `${kind}:${selected}:${offset.join(',')}`;
  let icon = cache.get(key);
  if (!icon) {
    const size = markSize(selected);
    icon = L.icon({
      iconUrl: `data:image/svg+xml,${encodeURIComponent(markSvg(kind, size, selected))}`,
      iconSize: [size, size],
      iconAnchor: [size / 2 - offset[0], size / 2 - offset[1]],
      tooltipAnchor: [size / 2 + offset[0], offset[1]],
      className: `place-mark place-mark--${kind}${selected ? ' is-selected' : ''}`,
    });
    cache.set(key, icon);
  }
  return icon;
}
