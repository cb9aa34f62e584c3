// Shared loaders for the unit tests (not a test file: vitest only runs *.test.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleSchema, type Article } from '@/lib/article';
import { parsePlaces, type Places } from '@/lib/places-schema';
import { seedArticle, seedPlacesCollection } from '../seed';

/** Absolute path of a file given relative to the repo root. */
export function repoPath(rel: string): string {
  return fileURLToPath(new URL(`../../${rel}`, import.meta.url));
}

export function readText(rel: string): string {
  return readFileSync(repoPath(rel), 'utf8');
}

export function loadArticle(): Article {
  return articleSchema.parse(seedArticle);
}

/** The seed article's places (from data/collection), validated against the article. */
export function loadPlaces(): Places {
  return parsePlaces(structuredClone(seedPlacesCollection), loadArticle());
}

/** The seed's places as the text of one places file (the shape /api/places serves). */
export function seedPlacesText(): string {
  return JSON.stringify(seedPlacesCollection);
}

/** Site furniture of the web capture that must never appear in article text or excerpts. */
export const FURNITURE_STRINGS = [
  'Top jobs of the day',
  'Leave A Comment',
  '(Photo: AP)',
  'Find the best jobs',
  'be notified by email',
  'More: 30 years',
] as const;
