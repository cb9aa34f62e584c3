import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleSchema, type Article } from './article';
import { parsePlacesText, type Place, type Places } from './places-schema';

// Read and validated once per server process; a broken file throws here and fails `next build`.
let cache: { article: Article; places: Places } | undefined;

function load() {
  if (!cache) {
    const dir = path.join(process.cwd(), 'data');
    const article = articleSchema.parse(JSON.parse(readFileSync(path.join(dir, 'article.json'), 'utf8')));
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
