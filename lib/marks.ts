// The marks' shapes and colours, without Leaflet, so the legend can be drawn on the server.
import { KIND_COLOR, MARK_RING, SELECTED_RING } from './map-style';
import type { PlaceKind } from './places-schema';

// Shape carries the kind as well as colour, so the marks survive colour blindness and grey print.
export const KIND_STYLE: Record<PlaceKind, { color: string; label: string }> = {
  city: { color: KIND_COLOR.city, label: 'City' },
  region: { color: KIND_COLOR.region, label: 'Region' },
  border: { color: KIND_COLOR.border, label: 'Border' },
};

export function markSvg(kind: PlaceKind, size: number, selected: boolean): string {
  const stroke = selected ? SELECTED_RING : MARK_RING;
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
