// The rows of the full-text index (search_docs, migration 2): written with the rows they index,
// in the same transaction, so the index never lags behind the collection. The databases index
// `terms` (FTS5 on SQLite, a tsvector on PostgreSQL); the rest says what a hit is.
import type { Db } from './db';
import type { ArticleFile, CollectionPlace } from '../collection/model';
import { tokenize } from '../search-query';

const terms = (...texts: string[]) => texts.flatMap(tokenize).join(' ');

const INSERT = `INSERT INTO search_docs (kind, place_id, article_slug, paragraph, start_at, end_at, terms)
  VALUES (?, ?, ?, ?, ?, ?, ?)`;

/** A place's row: its name and aliases. Replaces the row it had. */
export async function indexPlace(tx: Db, p: CollectionPlace): Promise<void> {
  await tx.run("DELETE FROM search_docs WHERE kind = 'place' AND place_id = ?", [p.id]);
  await tx.run(INSERT, [
    'place',
    p.id,
    null,
    null,
    null,
    null,
    terms(p.properties.name, ...(p.properties.aliases ?? [])),
  ]);
}

type Span = { paragraph: number; start: number; end: number; text: string };

/** The spans an article quotes, each once (two places quoted with one sentence share a row). */
function distinctSpans(spans: Span[]): Span[] {
  const seen = new Map<string, Span>();
  for (const s of spans) seen.set(`${s.paragraph}:${s.start}:${s.end}`, s);
  return [...seen.values()];
}

async function insertArticleDocs(tx: Db, slug: string, title: string, spans: Span[]) {
  await tx.run(INSERT, ['article', null, slug, null, null, null, terms(title)]);
  for (const s of distinctSpans(spans))
    await tx.run(INSERT, ['excerpt', null, slug, s.paragraph, s.start, s.end, terms(s.text)]);
}

/** An article's rows: its title and its excerpts. Replaces the rows it had. */
export async function indexArticle(tx: Db, a: ArticleFile): Promise<void> {
  await tx.run('DELETE FROM search_docs WHERE article_slug = ?', [a.slug]);
  const text = new Map(a.paragraphs.map((p) => [p.n, p.text]));
  await insertArticleDocs(
    tx,
    a.slug,
    a.title,
    a.mentions.map((m) => ({
      paragraph: m.paragraph,
      start: m.start,
      end: m.end,
      text: text.get(m.paragraph)!.slice(m.start, m.end),
    })),
  );
}

/** Every row again from the collection's tables (migration 2, on a database already loaded). */
export async function rebuildSearchDocs(tx: Db): Promise<void> {
  await tx.run('DELETE FROM search_docs');
  const places = await tx.all<{ id: string; name: string; aliases: string | null }>(
    'SELECT id, name, aliases FROM places ORDER BY position',
  );
  for (const p of places) {
    const aliases = p.aliases ? (JSON.parse(p.aliases) as string[]) : [];
    await tx.run(INSERT, ['place', p.id, null, null, null, null, terms(p.name, ...aliases)]);
  }
  const articles = await tx.all<{ slug: string; title: string }>(
    'SELECT slug, title FROM articles ORDER BY slug',
  );
  for (const a of articles) {
    const spans = await tx.all<{
      paragraph: number;
      start_at: number;
      end_at: number;
      excerpt: string;
    }>(
      'SELECT paragraph, start_at, end_at, excerpt FROM mentions WHERE article_slug = ? ORDER BY position',
      [a.slug],
    );
    await insertArticleDocs(
      tx,
      a.slug,
      a.title,
      spans.map((s) => ({
        paragraph: Number(s.paragraph),
        start: Number(s.start_at),
        end: Number(s.end_at),
        text: s.excerpt,
      })),
    );
  }
}
