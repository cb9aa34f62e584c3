import L from 'leaflet';
import type { PlaceKind } from '@/lib/places-schema';

// Okabe–Ito colours; shape carries the kind too, so the marks survive colour blindness and grey print.
export const KIND_STYLE: Record<PlaceKind, { color: string; label: string }> = {
  city: { color: '#0072B2', label: 'City' },
  region: { color: '#E69F00', label: 'Region' },
  border: { color: '#D55E00', label: 'Border' },
};

export function markSvg(kind: PlaceKind, size: number, selected: boolean): string {
  const stroke = selected ? '#1a1a1a' : '#ffffff';
  const sw = selected ? 3 : 2;
  const c = KIND_STYLE[kind].color;
  const h = size / 2;
  const shape =
    kind === 'city'
      ? `<circle cx="${h}" cy="${h}" r="${h - sw}" fill="${c}" stroke="${stroke}" stroke-width="${sw}"/>`
      : kind === 'region'
        ? `<rect x="${sw}" y="${sw}" width="${size - 2 * sw}" height="${size - 2 * sw}" rx="${size / 5}" fill="${c}" stroke="${stroke}" stroke-width="${sw}"/>`
        : `<path d="M${h} ${sw + 1} L${size - sw} ${size - sw} L${sw} ${size - sw} Z" fill="${c}" stroke="${stroke}" stroke-width="${sw}" stroke-linejoin="round"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${shape}</svg>`;
}

const cache = new Map<string, L.Icon>();

/**
 * An image icon (so Leaflet sets `alt` and the marker reads as a named button), drawn `offset`
 * pixels away from its point when it has been nudged clear of a neighbour.
 */
export function markerIcon(kind: PlaceKind, selected: boolean, offset: readonly [number, number] = [0, 0]): L.Icon {
  const key = `${kind}:${selected}:${offset.join(',')}`;
  let icon = cache.get(key);
  if (!icon) {
    // At least 24 × 24 px: the WCAG 2.2 minimum for a target.
    const size = selected ? 32 : 26;
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
