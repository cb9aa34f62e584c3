// The marks' shapes and colours, without Leaflet, so the legend can be drawn on the server.
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
