// The marks' shapes and colours, without Leaflet, so the legend can be drawn on the server.
import { BADGE_FILL, KIND_COLOR, MARK_RING, SELECTED_RING } from './map-style';
import type { PlaceKind } from './places-schema';

// Shape carries the kind as well as colour, so the marks survive colour blindness and grey print.
export const KIND_STYLE: Record<PlaceKind, { color: string; label: string }> = {
  city: { color: KIND_COLOR.city, label: 'City' },
  region: { color: KIND_COLOR.region, label: 'Region' },
  border: { color: KIND_COLOR.border, label: 'Border' },
};

/** The count badge's diameter: it sits on the mark's top-right corner, its top 8 px above it. */
export const BADGE = 16;

/**
 * A place's mark. From two articles on, a badge at its top-right corner says how many articles
 * mention it ("99+" past 99); the icon is then BADGE / 2 px wider and taller (up and right).
 */
export function markSvg(kind: PlaceKind, size: number, selected: boolean, articles = 1): string {
  const h = BADGE / 2;
  const w = articles > 1 ? size + h : size;
  const shape = markShape(kind, size, selected);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${w}" viewBox="0 0 ${w} ${w}">${
    articles > 1
      ? `<g transform="translate(0 ${h})">${shape}</g><circle cx="${size}" cy="${h}" r="${h - 1}" fill="${BADGE_FILL}" stroke="${MARK_RING}"/><text x="${size}" y="${h + 4}" text-anchor="middle" fill="${MARK_RING}" style="font:700 ${articles > 9 ? 8 : 11}px sans-serif">${articles > 99 ? '99+' : articles}</text>`
      : shape
  }</svg>`;
}

function markShape(kind: PlaceKind, size: number, selected: boolean): string {
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
  return shape;
}
