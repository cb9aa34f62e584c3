// Everything the server reads from data/: the article, the places, the basemap and the briefing.
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleSchema, type Article } from './article';
import { parsePlacesText, type Place, type Places } from './places-schema';
import { asCountriesTopology, countriesOf } from './basemap-data';
import type { CountryFeature } from './svg-map';
import { briefingOrder } from './briefing';

/**
 * Where the data lives: `data/`, or another folder for the benchmark's synthetic data set
 * (PLACES_DATA_DIR, set only by bench/bench.mjs). Pages say so whenever the data is not the real one.
 */
const DATA_DIR = process.env.PLACES_DATA_DIR || 'data';
export const SYNTHETIC = DATA_DIR !== 'data';

// Read and validated once per server process; a broken file throws here and fails `next build`.
let cache: { article: Article; places: Places } | undefined;

function load() {
  if (!cache) {
    const dir = path.join(process.cwd(), DATA_DIR);
    const article = articleSchema.parse(
      JSON.parse(readFileSync(path.join(dir, 'article.json'), 'utf8')),
    );
    const places = parsePlacesText(readFileSync(path.join(dir, 'places.geojson'), 'utf8'), article);
    cache = { article, places };
  }
  return cache;
}

export function getPlaces(): Places {
  return load().places;
}

export function getPlace(id: string): Place | undefined {
  return load().places.features.find((p) => p.id === id);
}

export function getArticle(): Article {
  return load().article;
}

export function getBasemapText(): string {
  return readFileSync(path.join(process.cwd(), 'data', 'basemap.topo.json'), 'utf8');
}

let countries: CountryFeature[] | undefined;

/** The basemap's countries as GeoJSON, for maps drawn on the server. */
export function getCountries(): CountryFeature[] {
  if (!countries) {
    countries = countriesOf(asCountriesTopology(JSON.parse(getBasemapText()))).features;
  }
  return countries;
}

/** The briefing's steps, in order. */
export function getBriefing(): Place[] {
  const { article, places } = load();
  return briefingOrder(places, (n) => article.paragraphs.find((p) => p.n === n)?.text ?? '');
}
