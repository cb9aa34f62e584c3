// Full-text search in the database's own index: FTS5 on SQLite, a tsvector with a GIN index on
// PostgreSQL (migration 2; rows written by search-docs.ts). The reader's text is parsed into
// plain words first (lib/search-query.ts) and the query is built from those words only, so no
// input can reach either query language's syntax.
import type { Db, Dialect } from './db';
import { formatArticleDate } from '../collection/model';
import type { PlaceKind } from '../places-schema';
import {
  highlightWords,
  isSearchable,
  parseSearchQuery,
  type Clause,
  type SearchQuery,
} from '../search-query';
import type { ArticleHit, SearchIndex, SearchResults } from '../search-types';
import { dateOf, PUBLISHED } from './collection-store';

/** FTS5: a clause is a phrase (`"nato" + "russia"*`); exclusions are `NOT`ed off the rest. */
export function toFts5(q: SearchQuery): string | undefined {
  const phrase = (c: Clause) =>
    c.words.map((w, i, all) => `"${w}"${i === all.length - 1 ? '*' : ''}`).join(' + ');
  const keep = q.clauses.filter((c) => !c.exclude).map(phrase);
  if (!keep.length) return undefined;
  const drop = q.clauses.filter((c) => c.exclude).map(phrase);
  return [`(${keep.join(' AND ')})`, ...drop.map((d) => `NOT (${d})`)].join(' ');
}

/** PostgreSQL's to_tsquery text: `'nato' <-> 'russia':* & !'brussels':*`. */
export function toTsquery(q: SearchQuery): string | undefined {
  const phrase = (c: Clause) =>
    c.words.map((w, i, all) => `'${w}'${i === all.length - 1 ? ':*' : ''}`).join(' <-> ');
  if (!isSearchable(q)) return undefined;
  return q.clauses.map((c) => (c.exclude ? `!(${phrase(c)})` : `(${phrase(c)})`)).join(' & ');
}

type Kind = 'place' | 'article' | 'excerpt';

/**
 * The matching rows of search_docs as `hits` (id, kind, keys, score: lower is better, and on
 * PostgreSQL `total`, how many match in all: counted in the same scan, which halves a common
 * word's time there), one parameter: the dialect's query text.
 */
function hitsSql(d: Dialect, kind: Kind): string {
  const cols = 'd.id, d.place_id, d.article_slug, d.paragraph, d.start_at, d.end_at';
  const fts = `search_fts_${kind}`;
  return d === 'postgres'
    ? `SELECT ${cols}, -ts_rank(d.tsv, q) AS score, COUNT(*) OVER () AS total
       FROM search_docs d, to_tsquery('simple', ?) q
       WHERE d.kind = '${kind}' AND d.tsv @@ q ORDER BY score, d.id LIMIT ?`
    : `SELECT ${cols}, bm25(${fts}) AS score, NULL AS total
       FROM ${fts} JOIN search_docs d ON d.id = ${fts}.rowid
       WHERE ${fts} MATCH ? ORDER BY score, d.id LIMIT ?`;
}

/** How many rows of a kind match (on SQLite, from the FTS5 table alone: no join). */
function countSql(d: Dialect, kind: Kind): string {
  return d === 'postgres'
    ? `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM search_docs d
       WHERE d.kind = '${kind}' AND d.tsv @@ to_tsquery('simple', ?)`
    : `SELECT COUNT(*) AS n FROM search_fts_${kind} WHERE search_fts_${kind} MATCH ?`;
}

type ArticleCols = Omit<ArticleHit, 'date'> & {
  date_value: string;
  date_precision: string;
  date_inferred: number;
  date_note: string | null;
};
const articleHit = (r: ArticleCols): ArticleHit => ({
  slug: r.slug,
  title: r.title,
  publisher: r.publisher,
  date: formatArticleDate(dateOf(r)),
});
/** A place row as search shows it, its aliases parsed. */
const placeHit = (p: { id: string; name: string; kind: PlaceKind; aliases: string | null }) => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  aliases: p.aliases ? (JSON.parse(p.aliases) as string[]) : [],
});

const ARTICLE_COLS =
  'a.slug, a.title, a.publisher, a.date_value, a.date_precision, a.date_inferred, a.date_note';

/** How many match: PostgreSQL's from the hits themselves (`total`), SQLite's from FTS5 alone. */
async function count(
  db: Db,
  text: string,
  kind: Kind,
  hits: readonly { total: unknown }[],
): Promise<number> {
  if (db.dialect === 'postgres') return Number(hits[0]?.total ?? 0);
  const r = await db.get<{ n: number }>(countSql(db.dialect, kind), [text]);
  return Number(r?.n ?? 0);
}

/**
 * Places (name, aliases), articles (title) and excerpts matching what a reader typed, best match
 * first, at most `limit` of each, with how many matched in all. Any text gets an answer: a query
 * with no word to look for matches nothing.
 */
export async function searchCollection(db: Db, raw: unknown, limit = 20): Promise<SearchResults> {
  const q = parseSearchQuery(raw);
  const text = db.dialect === 'postgres' ? toTsquery(q) : toFts5(q);
  const empty: SearchResults = {
    query: q.text,
    words: highlightWords(q),
    counts: { places: 0, articles: 0, excerpts: 0 },
    places: [],
    articles: [],
    excerpts: [],
  };
  if (!text) return empty;
  // The three kinds are asked for at once: on PostgreSQL each goes to a connection of the pool,
  // so a search takes as long as its slowest part, not the sum (SQLite runs them in turn).
  const placesQuery = db.all<{
    id: string;
    name: string;
    kind: PlaceKind;
    aliases: string | null;
    total: unknown;
  }>(
    `SELECT p.id, p.name, p.kind, p.aliases, h.total FROM (${hitsSql(db.dialect, 'place')}) h
     JOIN places p ON p.id = h.place_id ORDER BY h.score, h.id`,
    [text, limit],
  );
  const articlesQuery = db.all<ArticleCols & { total: unknown }>(
    `SELECT ${ARTICLE_COLS}, h.total FROM (${hitsSql(db.dialect, 'article')}) h
     JOIN articles a ON a.slug = h.article_slug AND ${PUBLISHED} ORDER BY h.score, h.id`,
    [text, limit],
  );
  // One row per place quoted with the span; folded into one excerpt each below.
  const rowsQuery = db.all<
    ArticleCols & {
      id: number;
      paragraph: number;
      excerpt: string;
      place_id: string;
      place_name: string;
      total: unknown;
    }
  >(
    `SELECT h.id, h.total, ${ARTICLE_COLS}, m.paragraph, m.excerpt, p.id AS place_id, p.name AS place_name
     FROM (${hitsSql(db.dialect, 'excerpt')}) h
     JOIN articles a ON a.slug = h.article_slug AND ${PUBLISHED}
     JOIN mentions m ON m.article_slug = h.article_slug AND m.paragraph = h.paragraph
       AND m.start_at = h.start_at AND m.end_at = h.end_at
     JOIN places p ON p.id = m.place_id
     ORDER BY h.score, h.id, m.position`,
    [text, limit],
  );
  const [places, articles, rows] = await Promise.all([placesQuery, articlesQuery, rowsQuery]);
  const excerpts = new Map<number, SearchResults['excerpts'][number]>();
  for (const r of rows) {
    const id = Number(r.id);
    const e = excerpts.get(id) ?? {
      article: articleHit(r),
      paragraph: Number(r.paragraph),
      text: r.excerpt,
      places: [],
    };
    e.places.push({ id: r.place_id, name: r.place_name });
    excerpts.set(id, e);
  }
  const counts = await Promise.all([
    count(db, text, 'place', places),
    count(db, text, 'article', articles),
    count(db, text, 'excerpt', rows),
  ]);
  return {
    ...empty,
    counts: { places: counts[0], articles: counts[1], excerpts: counts[2] },
    places: places.map(placeHit),
    articles: articles.map(articleHit),
    excerpts: [...excerpts.values()],
  };
}

/** Everything search looks in, for the static export's browser search (`/search-index.json`). */
export async function searchIndex(db: Db): Promise<SearchIndex> {
  const places = await db.all<{
    id: string;
    name: string;
    kind: PlaceKind;
    aliases: string | null;
  }>('SELECT id, name, kind, aliases FROM places ORDER BY position');
  const articles = await db.all<ArticleCols>(
    `SELECT ${ARTICLE_COLS} FROM articles a WHERE ${PUBLISHED} ORDER BY a.date_value DESC, a.slug`,
  );
  const at = new Map(articles.map((a, i) => [a.slug, i]));
  const rows = await db.all<{
    id: number;
    article_slug: string;
    paragraph: number;
    excerpt: string;
    place_id: string;
    place_name: string;
  }>(
    `SELECT d.id, d.article_slug, d.paragraph, m.excerpt, p.id AS place_id, p.name AS place_name
     FROM search_docs d
     JOIN articles a ON a.slug = d.article_slug AND ${PUBLISHED}
     JOIN mentions m ON m.article_slug = d.article_slug AND m.paragraph = d.paragraph
       AND m.start_at = d.start_at AND m.end_at = d.end_at
     JOIN places p ON p.id = m.place_id
     WHERE d.kind = 'excerpt' ORDER BY d.id, m.position`,
  );
  const excerpts = new Map<number, SearchIndex['excerpts'][number]>();
  for (const r of rows) {
    const id = Number(r.id);
    const e = excerpts.get(id) ?? {
      article: at.get(r.article_slug)!,
      paragraph: Number(r.paragraph),
      text: r.excerpt,
      places: [],
    };
    e.places.push([r.place_id, r.place_name]);
    excerpts.set(id, e);
  }
  return {
    places: places.map(placeHit),
    articles: articles.map(articleHit),
    excerpts: [...excerpts.values()],
  };
}
