// What a search box's text means, shared by the server (lib/store/search.ts, which turns it into
// FTS5 or tsquery syntax) and the static export's browser search (lib/search-match.ts). User text
// is never handed to a query language: it is cut into plain words first, so quotes, operators and
// syntax characters can only ever be words or nothing.

/** Longer queries are cut here: a 10 KB paste is answered, as its first words. */
export const MAX_QUERY_CHARS = 200;
/** At most this many words or phrases count; the rest are dropped. */
export const MAX_CLAUSES = 12;

/**
 * One word, or a phrase of several next to each other; `exclude` for `-word` and `NOT word`. The
 * last word of a clause also matches as a prefix ("Luh" finds Luhansk), the others exactly.
 */
export type Clause = { words: string[]; exclude: boolean };
export type SearchQuery = { text: string; clauses: Clause[] };

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, diacritics dropped: "Kyïv" and "kyiv" are one word. */
export function normalizeWord(w: string): string {
  return w
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * The words of a text as the index holds them: runs of letters and digits, normalized. Every
 * engine indexes these words (joined by spaces), so SQLite, PostgreSQL and the browser agree on
 * what a word is ("NATO-Russia" is "nato" and "russia" everywhere).
 */
export function tokenize(text: string): string[] {
  return (normalizeWord(text).match(WORD) ?? []) as string[];
}

/** The text a search page shows back in its box: trimmed and capped. */
export function queryText(raw: unknown): string {
  const s = typeof raw === 'string' ? raw : Array.isArray(raw) ? String(raw[0] ?? '') : '';
  return [...s.trim()].slice(0, MAX_QUERY_CHARS).join('');
}

/**
 * Parses what a reader typed: words, "quoted phrases" (words next to each other, in that order), and `-word` or `NOT word` to exclude. AND, OR and NEAR
 * are not operators here (every clause must match); `*`, `^`, brackets and the like are
 * punctuation. An unbalanced quote runs to the end of the text.
 */
export function parseSearchQuery(raw: unknown): SearchQuery {
  const text = queryText(raw);
  const clauses: Clause[] = [];
  // A quoted stretch, or a run of anything but space and quotes.
  const parts = text.match(/-?"[^"]*"?|[^\s"]+/g) ?? [];
  let negateNext = false;
  for (const part of parts) {
    if (clauses.length >= MAX_CLAUSES) break;
    if (part === 'AND' || part === 'OR' || part === 'NEAR' || part === '&&' || part === '||')
      continue;
    if (part === 'NOT') {
      negateNext = true;
      continue;
    }
    const exclude = negateNext || (part.startsWith('-') && part.length > 1);
    negateNext = false;
    const words = tokenize(part);
    if (!words.length) continue;
    // A quoted stretch is a phrase; so is an unquoted run with inner punctuation ("NATO-Russia").
    clauses.push({ words, exclude });
  }
  return { text, clauses };
}

/** True when the query has something to look for (at least one word that is not excluded). */
export function isSearchable(q: SearchQuery): boolean {
  return q.clauses.some((c) => !c.exclude);
}

/** The words to mark in results: every word of every clause that is not excluded. */
export function highlightWords(q: SearchQuery): string[] {
  return [...new Set(q.clauses.filter((c) => !c.exclude).flatMap((c) => c.words))];
}

export type Segment = { text: string; match: boolean };

/**
 * Cuts a text into plain and matched stretches, for rendering as text (never as HTML). A word
 * matches when it starts with one of the query's words, as the index's prefix search does.
 */
export function highlight(text: string, words: readonly string[]): Segment[] {
  if (!words.length) return [{ text, match: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const w = normalizeWord(m[0]);
    if (!words.some((q) => w.startsWith(q))) continue;
    if (m.index > last) segments.push({ text: text.slice(last, m.index), match: false });
    segments.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
