// Loads data/gazetteer.json (made by npm run data:gazetteer) once and indexes its names.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  gazetteerFileSchema,
  type GazetteerFile,
  type GazetteerGeometry,
  type PlaceKind,
} from './gazetteer-file';
import { nameKey } from './normalize';

export type Entry = {
  id: string;
  name: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
  /** ISO 3166-1 alpha-2; for a border, both countries. */
  countries: string[];
  population: number;
  source: string;
  licence: string;
  /** GeoNames admin-1 code ('UA.07'). */
  admin: string;
};

export type Gazetteer = {
  /** Entries by name key (lib/ingest/normalize.ts). */
  byKey: Map<string, Entry[]>;
  /** Entries by a looser key, for transliterations the variants do not list. */
  byLooseKey: Map<string, Entry[]>;
  byId: Map<string, Entry>;
  geometry: Record<string, GazetteerGeometry>;
  /** The longest name, in words. */
  maxWords: number;
  /** Ids of data/collection/places.geojson: a suggestion with one of these is an existing place. */
  collection: Set<string>;
};

export const DEFAULT_GAZETTEER = path.join(process.cwd(), 'data', 'gazetteer.json');
const COLLECTION_PLACES = path.join(process.cwd(), 'data', 'collection', 'places.geojson');

/** Drops the y/i that one romanisation writes before a vowel and another leaves out. */
export function looseKey(key: string): string {
  return key.replace(/[yi](?=[aeiou])/g, '').replace(/(.)\1/g, '$1');
}

function push(map: Map<string, Entry[]>, key: string, e: Entry) {
  const list = map.get(key);
  if (!list) map.set(key, [e]);
  else if (!list.includes(e)) list.push(e);
}

export function indexGazetteer(file: GazetteerFile, collection = new Set<string>()): Gazetteer {
  const byKey = new Map<string, Entry[]>();
  const byLooseKey = new Map<string, Entry[]>();
  const byId = new Map<string, Entry>();
  let maxWords = 1;
  for (const [id, name, kind, lon, lat, country, population, src, ref, alt, admin] of file.places) {
    const source = file.sources[src];
    const e: Entry = {
      id,
      name,
      kind,
      lon,
      lat,
      countries: country ? country.split('|') : [],
      population,
      source: source ? `${source.name}; ${ref}` : ref,
      licence: source?.licence ?? 'unknown',
      admin,
    };
    byId.set(id, e);
    if (kind === 'border') continue; // found by the rules, never by name
    for (const n of [name, ...(alt ? alt.split('|') : [])]) {
      const key = nameKey(n);
      if (!key) continue;
      push(byKey, key, e);
      push(byLooseKey, looseKey(key), e);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  return {
    byKey,
    byLooseKey,
    byId,
    geometry: file.geometry,
    maxWords: Math.min(maxWords, 6),
    collection,
  };
}

let cached: { file: string; gazetteer: Gazetteer } | undefined;

/** The gazetteer, read and indexed on first use. A bad file fails with zod's path to the field. */
export function loadGazetteer(file = DEFAULT_GAZETTEER): Gazetteer {
  if (cached?.file === file) return cached.gazetteer;
  // turbopackIgnore: a path from an argument would make the build trace the whole project into
  // the editor routes' output; the app reads data/ in place under `next start`.
  const parsed = gazetteerFileSchema.parse(
    JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')),
  );
  const places = z
    .object({ features: z.array(z.object({ id: z.string() })) })
    .parse(JSON.parse(readFileSync(/*turbopackIgnore: true*/ COLLECTION_PLACES, 'utf8')));
  cached = { file, gazetteer: indexGazetteer(parsed, new Set(places.features.map((f) => f.id))) };
  return cached.gazetteer;
}

/**
 * Entries whose name (or a variant) starts with the query, for the editor's "change the place"
 * and "add a mention": exact names first, then the larger places. Borders are found by the rules
 * only, so they are never listed here.
 */
export function searchGazetteer(g: Gazetteer, query: string, limit = 10): Entry[] {
  const q = nameKey(query);
  if (!q) return [];
  const scored = new Map<Entry, number>();
  for (const [key, entries] of g.byKey) {
    if (!key.startsWith(q)) continue;
    const exact = key === q ? 1 : 0;
    for (const e of entries)
      scored.set(e, Math.max(scored.get(e) ?? 0, exact * 1e12 + e.population + 1));
  }
  return [...scored]
    .sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name))
    .slice(0, limit)
    .map(([e]) => e);
}
