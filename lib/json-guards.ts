// Checks for JSON that reaches the map at run time (GET /api/places; GET /api/basemap in
// basemap-data.ts; the bundled sea names). zod does this on the server but is kept out of the
// client bundle (byte budget), so these are small hand-written checks: each returns its input,
// typed, or throws an error naming the field that is wrong
// (`features[2].properties.kind should be one of city, region, border, not "town"`).
import type { Places } from './places-schema';

/** Returns `value` as a T, or throws naming the field that does not fit. */
export type Guard<T> = (value: unknown) => T;

type Obj = Record<string, unknown>;

function show(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? String(v);
  return 'an object';
}

function fail(path: string, expected: string, v: unknown): never {
  throw new TypeError(`${path} should be ${expected}, not ${show(v)}`);
}

export function object(v: unknown, path: string): Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Obj)
    : fail(path, 'an object', v);
}
export function array(v: unknown, path: string): unknown[] {
  return Array.isArray(v) ? v : fail(path, 'an array', v);
}
export function string(v: unknown, path: string): string {
  return typeof v === 'string' ? v : fail(path, 'a string', v);
}
export function number(v: unknown, path: string): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fail(path, 'a number', v);
}
export function oneOf<T extends string>(v: unknown, options: readonly T[], path: string): T {
  return options.includes(v as T) ? (v as T) : fail(path, `one of ${options.join(', ')}`, v);
}
export function position(v: unknown, path: string): void {
  const p = array(v, path);
  if (p.length !== 2) fail(path, 'a [lon, lat] pair', v);
  p.forEach((n, i) => number(n, `${path}[${i}]`));
}
/** Nested arrays of positions, `depth` levels deep (0: one position). */
function positions(v: unknown, depth: number, path: string): void {
  if (depth === 0) position(v, path);
  else array(v, path).forEach((c, i) => positions(c, depth - 1, `${path}[${i}]`));
}

const KINDS = ['city', 'region', 'border'] as const;
const DEPTH = { Point: 0, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };
const GEOMETRIES = Object.keys(DEPTH) as (keyof typeof DEPTH)[];

function checkPlace(v: unknown, path: string): void {
  const f = object(v, path);
  oneOf(f.type, ['Feature'], `${path}.type`);
  string(f.id, `${path}.id`);
  const g = object(f.geometry, `${path}.geometry`);
  const type = oneOf(g.type, GEOMETRIES, `${path}.geometry.type`);
  positions(g.coordinates, DEPTH[type], `${path}.geometry.coordinates`);
  const p = object(f.properties, `${path}.properties`);
  for (const key of ['name', 'summary', 'geometrySource', 'license'])
    string(p[key], `${path}.properties.${key}`);
  oneOf(p.kind, KINDS, `${path}.properties.kind`);
  if (p.articles !== undefined) number(p.articles, `${path}.properties.articles`);
  // Only a city's mark sits on its geometry; an area or a line says where its mark goes.
  if (type !== 'Point' || p.marker !== undefined) position(p.marker, `${path}.properties.marker`);
  array(p.excerpts, `${path}.properties.excerpts`).forEach((e, i) => {
    const ex = object(e, `${path}.properties.excerpts[${i}]`);
    number(ex.paragraph, `${path}.properties.excerpts[${i}].paragraph`);
    string(ex.text, `${path}.properties.excerpts[${i}].text`);
  });
}

function checkPlaces(v: unknown): asserts v is Places {
  const root = object(v, 'the body');
  oneOf(root.type, ['FeatureCollection'], 'type');
  array(root.features, 'features').forEach((f, i) => checkPlace(f, `features[${i}]`));
}

/** The places as GET /api/places sends them (validated in full by zod when the site is built). */
export const asPlaces: Guard<Places> = (v) => {
  checkPlaces(v);
  return v;
};

export type SeaLabel = { name: string; at: [number, number]; minZoom: number };

export type MapLabels = { seas: SeaLabel[] };

function checkMapLabels(v: unknown): asserts v is MapLabels {
  array(object(v, 'the file').seas, 'seas').forEach((s, i) => {
    const sea = object(s, `seas[${i}]`);
    string(sea.name, `seas[${i}].name`);
    position(sea.at, `seas[${i}].at`);
    number(sea.minZoom, `seas[${i}].minZoom`);
  });
}

/** The sea names of data/labels.json. */
export const asMapLabels: Guard<MapLabels> = (v) => {
  checkMapLabels(v);
  return v;
};
