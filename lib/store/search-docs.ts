// The rows of the full-text index (search_docs, migration 2): written with the rows they index,
// in the import's transaction, so the index never lags behind the collection. The databases
// index `terms` (FTS5 on SQLite, a tsvector on PostgreSQL); the rest says what a hit is.
import type { Db } from './db';
import type { ArticleFile, CollectionPlace } from '../collection/model';
import { tokenize } from '../search-query';
import { insertRows, type Row } from './insert-rows';

export const SEARCH_DOCS_INTO =
  'search_docs (kind, place_id, article_slug, paragraph, start_at, end_at, terms)';

const terms = (...texts: string[]) => texts.flatMap(tokenize).join(' ');

const placeDoc = (id: string, name: string, aliases: string[]): Row => [
  'place',
  id,
  null,
  null,
  null,
  null,
  terms(name, ...aliases),
];

type Span = { paragraph: number; start: number; end: number; text: string };

/**
 * An article's rows: its title, and each span it quotes once (two places quoted with one
 * sentence share a row).
 */
function articleDocs(slug: string, title: string, spans: Span[]): Row[] {
  const distinct = new Map<string, Span>();
  for (const s of spans) distinct.set(`${s.paragraph}:${s.start}:${s.end}`, s);
  return [
    ['article', null, slug, null, null, null, terms(title)],
    ...[...distinct.values()].map((s): Row => [
      'excerpt',
      null,
      slug,
      s.paragraph,
      s.start,
      s.end,
      terms(s.text),
    ]),
  ];
}

function spansOf(a: ArticleFile): Span[] {
  const text = new Map(a.paragraphs.map((p) => [p.n, p.text]));
  return a.mentions.map((m) => ({
    paragraph: m.paragraph,
    start: m.start,
    end: m.end,
    text: text.get(m.paragraph)!.slice(m.start, m.end),
  }));
}

/** The rows for a collection being imported: its places, and its articles' titles and excerpts. */
export function searchDocRows(c: { places: CollectionPlace[]; articles: ArticleFile[] }): Row[] {
  return [
    ...c.places.map((p) => placeDoc(p.id, p.properties.name, p.properties.aliases ?? [])),
    ...c.articles.flatMap((a) => articleDocs(a.slug, a.title, spansOf(a))),
  ];
}

/** Every row again from the collection's tables (migration 2, on a database already loaded). */
export async function rebuildSearchDocs(tx: Db): Promise<void> {
  await tx.run('DELETE FROM search_docs');
  const places = await tx.all<{ id: string; name: string; aliases: string | null }>(
    'SELECT id, name, aliases FROM places ORDER BY position',
  );
  const titles = await tx.all<{ slug: string; title: string }>(
    'SELECT slug, title FROM articles ORDER BY slug',
  );
  const mentions = await tx.all<{
    article_slug: string;
    paragraph: number;
    start_at: number;
    end_at: number;
    excerpt: string;
  }>(
    'SELECT article_slug, paragraph, start_at, end_at, excerpt FROM mentions ORDER BY article_slug, position',
  );
  const spans = new Map<string, Span[]>();
  for (const m of mentions) {
    const list = spans.get(m.article_slug) ?? [];
    list.push({
      paragraph: Number(m.paragraph),
      start: Number(m.start_at),
      end: Number(m.end_at),
      text: m.excerpt,
    });
    spans.set(m.article_slug, list);
  }
  await insertRows(tx, SEARCH_DOCS_INTO, [
    ...places.map((p) =>
      placeDoc(p.id, p.name, p.aliases ? (JSON.parse(p.aliases) as string[]) : []),
    ),
    ...titles.flatMap((a) => articleDocs(a.slug, a.title, spans.get(a.slug) ?? [])),
  ]);
}
