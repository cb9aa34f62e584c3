// What a search answers, the same shape from the database (lib/store/search.ts) and from the
// static export's index in the browser (lib/search-match.ts), so one component renders both.
import type { PlaceKind } from './places-schema';

export type ArticleHit = {
  slug: string;
  title: string;
  publisher: string | null;
  /** "December 2021": formatted on the server, so the browser needs no date code. */
  date: string;
};

export type PlaceHit = { id: string; name: string; kind: PlaceKind; aliases: string[] };

/** A quoted span of a paragraph, with the places the collection quotes it for. */
export type ExcerptHit = {
  article: ArticleHit;
  paragraph: number;
  text: string;
  places: { id: string; name: string }[];
};

export type SearchResults = {
  /** The query as the page shows it back (trimmed, capped). */
  query: string;
  /** The words to mark in the results. */
  words: string[];
  /** How many matched in all, per group (the lists hold at most the limit). */
  counts: { places: number; articles: number; excerpts: number };
  places: PlaceHit[];
  articles: ArticleHit[];
  excerpts: ExcerptHit[];
};

/** The static export's index (`/search-index.json`): everything search looks in, as display text. */
export type SearchIndex = {
  places: PlaceHit[];
  articles: ArticleHit[];
  /** Excerpts point at their article by its index in `articles`. */
  excerpts: { article: number; paragraph: number; text: string; places: [string, string][] }[];
};

/** How many of each group a search page lists (the counts say how many matched in all). */
export const SEARCH_LIMIT = 50;
