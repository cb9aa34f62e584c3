// The country outlines under the review map, as the draft route sends them (made on the server by
// draft-outlines.ts) and the browser checks them. Types and a small hand-written guard only: this
// file is in the editor's chunk, so it imports nothing the map's chunk has.
import type { LonLatBox } from './review-view';

/** A closed ring of [lon, lat] points (GeoJSON order), rounded to 2 decimals. */
export type Ring = [number, number][];
/** A country of the basemap, cut to the box; `emphasis` marks Ukraine, the subject. */
export type CountryOutline = { name: string; emphasis?: true; rings: Ring[] };
export type Outlines = { box: LonLatBox; countries: CountryOutline[]; attribution: string };

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isPoint = (p: unknown) => Array.isArray(p) && p.length === 2 && p.every(isNumber);
const isRing = (r: unknown) => Array.isArray(r) && r.length >= 3 && r.every(isPoint);

const isCountry = (c: unknown): c is CountryOutline =>
  isObject(c) &&
  typeof c.name === 'string' &&
  (c.emphasis === undefined || c.emphasis === true) &&
  Array.isArray(c.rings) &&
  c.rings.every(isRing);

/** The draft answer's `outlines`, if it has that shape (the map then draws them). */
export const isOutlines = (x: unknown): x is Outlines =>
  isObject(x) &&
  typeof x.attribution === 'string' &&
  isObject(x.box) &&
  ['x0', 'y0', 'x1', 'y1'].every((k) => isNumber((x.box as Record<string, unknown>)[k])) &&
  Array.isArray(x.countries) &&
  x.countries.every(isCountry);
