// The seed article's data for the tests, read straight from the collection's files with plain
// slicing (not through the app's store or views), so the tests check the app against the files.
import { readFileSync } from 'node:fs';
import path from 'node:path';

// Both test runners start in the repository's root.
const read = (rel: string) => JSON.parse(readFileSync(path.join(process.cwd(), rel), 'utf8'));

export const SEED_SLUG = 'putin-keeps-all-options-open';

type Paragraph = { n: number; kind: 'caption' | 'subheading' | 'body'; text: string };
type SeedFile = {
  slug: string;
  title: string;
  publisher: string | null;
  date: { value: string; precision: string; inferred: boolean; note?: string };
  dateline?: string;
  paragraphs: Paragraph[];
  places: { place: string; summary: string }[];
  mentions: { place: string; paragraph: number; start: number; end: number }[];
};
type PlaceFeature = {
  type: 'Feature';
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown> & { name: string; kind: string; aliases?: string[] };
};

export const seedFile: SeedFile = read(`data/collection/articles/${SEED_SLUG}.json`);
export const collectionPlaces: PlaceFeature[] = read('data/collection/places.geojson').features;

/** The seed article as the app shows it: "December 2021", inferred. */
export const seedArticle = {
  title: seedFile.title,
  date: { text: 'December 2021', inferred: true, note: seedFile.date.note ?? '' },
  dateline: seedFile.dateline ?? '',
  paragraphs: seedFile.paragraphs,
};

/** Each place of the seed with its summary and its excerpts (the paragraph sliced at the span). */
export const seedPlaces = seedFile.places.map(({ place, summary }) => {
  const f = collectionPlaces.find((p) => p.id === place)!;
  const excerpts = seedFile.mentions
    .filter((m) => m.place === place)
    .map((m) => ({
      paragraph: m.paragraph,
      text: seedFile.paragraphs[m.paragraph - 1].text.slice(m.start, m.end),
    }));
  return {
    type: 'Feature' as const,
    id: place,
    geometry: f.geometry,
    properties: { ...f.properties, summary, excerpts },
  };
});

/** The seed as one FeatureCollection, the shape /api/places serves. */
export const seedPlacesCollection = { type: 'FeatureCollection' as const, features: seedPlaces };
