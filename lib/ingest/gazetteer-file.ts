import { z } from 'zod';

/** The columns of a row of data/gazetteer.json, in order. */
export const GAZETTEER_FIELDS = [
  'id',
  'name',
  'kind',
  'lon',
  'lat',
  'country',
  'population',
  'source',
  'ref',
  'alt',
  'admin',
] as const;

export const placeKind = z.enum(['city', 'region', 'country', 'border', 'sea']);
export type PlaceKind = z.infer<typeof placeKind>;

const row = z.tuple([
  z.string().min(1), // id
  z.string().min(1), // name
  placeKind,
  z.number().min(-180).max(180), // lon
  z.number().min(-90).max(90), // lat
  z.string(), // country: ISO 3166-1 alpha-2; a border has 'AA|BB'
  z.number().int().nonnegative(), // population (cities)
  z.string(), // key into sources
  z.string(), // the entry in its source (GeoNames id, ISO 3166-2 code…)
  z.string(), // alternate names, '|'-separated
  z.string(), // GeoNames admin-1 code ('UA.07'), which joins cities to regions
]);
export type GazetteerRow = z.infer<typeof row>;

const geometry = z.union([
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(z.array(z.tuple([z.number(), z.number()])))),
  }),
  z.object({
    type: z.literal('MultiLineString'),
    coordinates: z.array(z.array(z.tuple([z.number(), z.number()]))),
  }),
]);
export type GazetteerGeometry = z.infer<typeof geometry>;

export const gazetteerFileSchema = z.object({
  about: z.string(),
  sources: z.record(z.string(), z.object({ name: z.string(), licence: z.string() })),
  fields: z.array(z.string()),
  places: z.array(row),
  geometry: z.record(z.string(), geometry),
});
export type GazetteerFile = z.infer<typeof gazetteerFileSchema>;
