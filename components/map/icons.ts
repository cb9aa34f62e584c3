import * as L from 'leaflet';
import { markSize } from '@/lib/map-style';
import type { PlaceKind } from '@/lib/places-schema';
import { BADGE, markSvg } from '@/lib/marks';

const cache = new Map<string, L.Icon>();
const svgUrl = (svg: string) => `data:image/svg+xml,${encodeURIComponent(svg)}`;

/**
 * An image icon (so Leaflet sets `alt` and the marker reads as a named button), drawn `offset`
 * pixels away from its point when it has been nudged clear of a neighbour; from two articles on,
 * with a badge saying how many mention the place.
 */
export function markerIcon(
  kind: PlaceKind,
  selected: boolean,
  offset: readonly [number, number] = [0, 0],
  articles = 1,
): L.Icon {
  const badge = articles > 1 ? articles : 1;
  const key = `${kind}:${selected}:${offset.join(',')}:${badge}`;
  let icon = cache.get(key);
  if (!icon) {
    const size = markSize(selected);
    const rise = badge > 1 ? BADGE / 2 : 0;
    icon = L.icon({
      iconUrl: svgUrl(markSvg(kind, size, selected, badge)),
      iconSize: [size + rise, size + rise],
      // The mark's centre, wherever the badge puts it in the icon.
      iconAnchor: [size / 2 - offset[0], rise + size / 2 - offset[1]],
      tooltipAnchor: [size / 2 + offset[0], offset[1]],
      className: `place-mark place-mark--${kind}${selected ? ' is-selected' : ''}`,
    });
    cache.set(key, icon);
  }
  return icon;
}
