// The locator inset for the server-drawn maps (handout, slides): the same picture as the live
// map's inset (lib/inset.ts), as an SVG fragment placed in the map's top-right corner.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Bounds } from './geo';
import { INSET_BOX_COLOUR, insetPicture } from './inset';
import { countryStyle, UKRAINE_ID, WATER } from './map-style';

const LAND = countryStyle('');
const UKRAINE = countryStyle(UKRAINE_ID);

type Options = {
  countries: readonly Feature<Polygon | MultiPolygon, unknown>[];
  /** What the map shows, [[w, s], [e, n]] in degrees. */
  view: Bounds;
  /** The size of the map the inset goes on. */
  mapWidth: number;
  mapHeight: number;
};

/** An inset about a fifth of the map's width (120–200 px), 12 px in from the top-right corner. */
export function renderSvgInset({ countries, view, mapWidth, mapHeight }: Options): string {
  const width = Math.round(Math.max(120, Math.min(200, mapWidth * 0.22)));
  const height = Math.round(width * 0.8);
  if (width + 24 > mapWidth || height + 24 > mapHeight) return '';
  const { land, ukraine, box } = insetPicture(countries, view, width, height);
  const x = mapWidth - width - 12;
  const y = 12;
  return (
    `<g class="locator-inset" transform="translate(${x} ${y})">` +
    `<rect x="-1" y="-1" width="${width + 2}" height="${height + 2}" fill="#8c8c8c"/>` +
    `<rect width="${width}" height="${height}" fill="${WATER}"/>` +
    `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden">` +
    `<path d="${land}" fill="${LAND.fill}" stroke="${LAND.stroke}" stroke-width="0.6"/>` +
    `<path d="${ukraine}" fill="${UKRAINE.fill}" stroke="${UKRAINE.stroke}" stroke-width="0.9"/>` +
    `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" fill="${INSET_BOX_COLOUR}" fill-opacity="0.12" stroke="${INSET_BOX_COLOUR}" stroke-width="1.5"/>` +
    `</svg></g>`
  );
}
