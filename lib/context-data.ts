// The map's context layers (regions and main cities), as built by scripts/build-context.ts into
// data/context-cities.json and data/context-regions.json. Type guards rather than zod keep the
// map's bundle free of zod; whatever is fetched is checked here before the map draws it.
import { apiPath, contextTilePath } from './urls';
import type { Bounds, Position } from './geo';

/** [GeoNames id, name, lon, lat, population, capital (1) or not (0)] */
export type CityRow = [number, string, number, number, number, 0 | 1];
/** [ISO 3166-2 code, name, label lon, label lat, Natural Earth's min_label zoom, NE id] */
export type RegionRow = [string, string, number, number, number, number];
export type CitiesFile = { source: string; license: string; cities: CityRow[] };
/** One tile: its regions' names, its cities, and the lines between regions (encoded, see below). */
export type RegionTile = {
  source: string;
  license: string;
  regions: RegionRow[];
  cities: CityRow[];
  lines: number[][];
};

// Regions are served in tiles of this grid (degrees), so a view loads only the tiles it touches.
export const GRID = { lon0: 12, lat0: 40, w: 6, h: 4, cols: 8, rows: 6 } as const;
/** Lines are stored in integers of 1/1000 degree: the first point, then the step to each next. */
export const LINE_SCALE = 1000;

/** Main cities (capitals, a million people or more) are named from this zoom on. */
export const CITIES_MIN_ZOOM = 5;
/** Regions, and the smaller cities that come with their tiles, from this zoom on. */
export const REGIONS_MIN_ZOOM = 6;

export const CONTEXT_CITIES_KEY = apiPath('context/cities');
export const regionTileUrl = contextTilePath;

export const tileId = (col: number, row: number) => `${col}-${row}`;

export function allTileIds(): string[] {
  const ids: string[] = [];
  for (let c = 0; c < GRID.cols; c++) for (let r = 0; r < GRID.rows; r++) ids.push(tileId(c, r));
  return ids;
}

/** The tiles a view ([[w, s], [e, n]] in degrees) touches, left to right, bottom to top. */
export function tilesInView([[w, s], [e, n]]: Bounds): string[] {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max - 1, v));
  const c0 = Math.floor((w - GRID.lon0) / GRID.w);
  const c1 = Math.floor((e - GRID.lon0) / GRID.w);
  const r0 = Math.floor((s - GRID.lat0) / GRID.h);
  const r1 = Math.floor((n - GRID.lat0) / GRID.h);
  if (c1 < 0 || r1 < 0 || c0 >= GRID.cols || r0 >= GRID.rows) return [];
  const ids: string[] = [];
  for (let c = clamp(c0, GRID.cols); c <= clamp(c1, GRID.cols); c++)
    for (let r = clamp(r0, GRID.rows); r <= clamp(r1, GRID.rows); r++) ids.push(tileId(c, r));
  return ids;
}

/** One encoded line back into [lon, lat] positions. */
export function decodeLine(encoded: readonly number[]): Position[] {
  const out: Position[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    x += encoded[i];
    y += encoded[i + 1];
    out.push([x / LINE_SCALE, y / LINE_SCALE]);
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isLon = (v: unknown) => isNum(v) && v >= -180 && v <= 180;
const isLat = (v: unknown) => isNum(v) && v >= -90 && v <= 90;

export function isCityRow(v: unknown): v is CityRow {
  return (
    Array.isArray(v) &&
    v.length === 6 &&
    Number.isInteger(v[0]) &&
    isText(v[1]) &&
    isLon(v[2]) &&
    isLat(v[3]) &&
    Number.isInteger(v[4]) &&
    (v[5] === 0 || v[5] === 1)
  );
}

export function isRegionRow(v: unknown): v is RegionRow {
  return (
    Array.isArray(v) &&
    v.length === 6 &&
    isText(v[0]) &&
    isText(v[1]) &&
    isLon(v[2]) &&
    isLat(v[3]) &&
    isNum(v[4]) &&
    Number.isInteger(v[5])
  );
}

const isLine = (v: unknown) =>
  Array.isArray(v) && v.length >= 4 && v.length % 2 === 0 && v.every(Number.isInteger);

function hasSource(v: Record<string, unknown>): boolean {
  return isText(v.source) && isText(v.license);
}

export function isCitiesFile(v: unknown): v is CitiesFile {
  return isObject(v) && hasSource(v) && Array.isArray(v.cities) && v.cities.every(isCityRow);
}

export function isRegionTile(v: unknown): v is RegionTile {
  return (
    isObject(v) &&
    hasSource(v) &&
    Array.isArray(v.regions) &&
    v.regions.every(isRegionRow) &&
    Array.isArray(v.cities) &&
    v.cities.every(isCityRow) &&
    Array.isArray(v.lines) &&
    v.lines.every(isLine)
  );
}

/** The checked value, or an error that names what was wrong. */
export function checked<T>(v: unknown, guard: (v: unknown) => v is T, what: string): T {
  if (!guard(v)) throw new Error(`${what}: not in the expected shape`);
  return v;
}
