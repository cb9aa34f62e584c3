// The editors' write path: publish, unpublish and correct an article. Each checks the article
// with the collection's own validation (lib/collection/validate.ts), then writes the article, its
// paragraphs, places, mentions, any new places and the search index's rows through the import's
// code (importCollection), and one audit row — all in one transaction: it all lands, or nothing.
import type { Db } from './db';
import type { ArticleFile, CollectionPlace } from '../collection/model';
import { slugSchema } from '../collection/model';
import {
  checkArticle,
  CollectionError,
  parseArticleFile,
  parsePlacesFile,
} from '../collection/validate';
import { allPlaces, getArticleFile, importCollection } from './collection-store';

export type AuditAction = 'publish' | 'unpublish' | 'correct';

/** What a write changed: the article, its revision, and the places whose pages show it. */
export type WriteResult = { slug: string; revision: number; places: string[] };

/** The same title and text are in the collection already (published or not). */
export class DuplicateArticleError extends Error {
  constructor(readonly existing: { slug: string; status: string }) {
    super(
      `this article is already in the collection as "${existing.slug}" (${existing.status}): same title and same text`,
    );
    this.name = 'DuplicateArticleError';
  }
}

/** No published article has this slug. */
export class ArticleNotFoundError extends Error {
  constructor(readonly slug: string) {
    super(`no published article "${slug}"`);
    this.name = 'ArticleNotFoundError';
  }
}

export type PublishInput = { article: unknown; newPlaces?: unknown[] };

/** Checks an article and its new places against the places already stored; throws CollectionError. */
async function checked(
  db: Db,
  raw: unknown,
  rawNewPlaces: unknown[],
): Promise<{ article: ArticleFile; newPlaces: CollectionPlace[] }> {
  const article = parseArticleFile(raw);
  if (Array.isArray(article)) throw new CollectionError(article);
  const newPlaces = parsePlacesFile({ type: 'FeatureCollection', features: rawNewPlaces });
  if (newPlaces.some((p) => typeof p === 'string'))
    throw new CollectionError(newPlaces as string[]);
  const places = new Map((await allPlaces(db)).map((p) => [p.id, p]));
  const problems: string[] = [];
  for (const p of newPlaces as CollectionPlace[]) {
    if (places.has(p.id)) problems.push(`place "${p.id}" id: already in the collection`);
    // The summary of a new place is the analyst's sentence in the article's places.
    if (!article.places.some((ap) => ap.place === p.id))
      problems.push(
        `place "${p.id}" summary: a new place needs the analyst's one-sentence summary in the article's places`,
      );
    places.set(p.id, p);
  }
  problems.push(...checkArticle(article, places));
  if (problems.length) throw new CollectionError(problems);
  return { article, newPlaces: newPlaces as CollectionPlace[] };
}

/** An article with the same title and the same paragraphs, if one is stored. */
async function findDuplicate(tx: Db, a: ArticleFile) {
  const same = await tx.all<{ slug: string; status: string; revision: number }>(
    'SELECT slug, status, revision FROM articles WHERE title = ? ORDER BY slug',
    [a.title],
  );
  const text = JSON.stringify(a.paragraphs.map((p) => p.text));
  for (const s of same) {
    const paras = await tx.all<{ text: string }>(
      'SELECT text FROM paragraphs WHERE article_slug = ? AND revision = ? ORDER BY n',
      [s.slug, Number(s.revision)],
    );
    if (JSON.stringify(paras.map((p) => p.text)) === text) return s;
  }
  return undefined;
}

/** `slug`, or `slug-2`, `slug-3`… : the first no stored article (of any status) has. */
async function freeSlug(tx: Db, slug: string): Promise<string> {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `-${n}`;
    const candidate = `${slug.slice(0, 120 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!(await tx.get('SELECT 1 AS x FROM articles WHERE slug = ?', [candidate])))
      return slugSchema.parse(candidate);
  }
}

async function audit(
  tx: Db,
  editor: string,
  action: AuditAction,
  slug: string,
  revision: number,
  detail: Record<string, unknown>,
) {
  await tx.run(
    'INSERT INTO audit_log (editor, at, action, article_slug, revision, detail) VALUES (?, ?, ?, ?, ?, ?)',
    [editor, new Date().toISOString(), action, slug, revision, JSON.stringify(detail)],
  );
}

/** One writer at a time on PostgreSQL too (SQLite's BEGIN IMMEDIATE already is). */
async function lockWrites(tx: Db) {
  if (tx.dialect === 'postgres') await tx.get('SELECT pg_advisory_xact_lock(20211227)');
}

const placesOf = (a: ArticleFile) => a.places.map((p) => p.place);

/**
 * Publishes a new article with its accepted mentions and any places new to the collection (each
 * with the analyst's summary in the article's places). A slug already taken gets `-2`, `-3`…;
 * the same title and text as a stored article is DuplicateArticleError; a problem with the data
 * is CollectionError naming the field.
 */
export async function publishArticle(
  db: Db,
  input: PublishInput,
  editor: string,
): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    await lockWrites(tx);
    // A second submission of the same article is a duplicate before anything else (its new
    // places, stored the first time, are no longer new).
    const parsed = parseArticleFile(input.article);
    const duplicate = Array.isArray(parsed) ? undefined : await findDuplicate(tx, parsed);
    if (duplicate) throw new DuplicateArticleError(duplicate);
    const { article: asked, newPlaces } = await checked(tx, input.article, input.newPlaces ?? []);
    const article = { ...asked, slug: await freeSlug(tx, asked.slug) };
    await importCollection(tx, { places: newPlaces, articles: [article] });
    await audit(tx, editor, 'publish', article.slug, article.revision, {
      title: article.title,
      ...(article.slug !== asked.slug ? { askedSlug: asked.slug } : {}),
      places: placesOf(article),
      newPlaces: newPlaces.map((p) => p.id),
      mentions: article.mentions.length,
    });
    return { slug: article.slug, revision: article.revision, places: placesOf(article) };
  });
}

/** Takes a published article off every list, map, place page and search; its rows stay. */
export async function unpublishArticle(db: Db, slug: string, editor: string): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    await lockWrites(tx);
    const article = await getArticleFile(tx, slug);
    if (!article) throw new ArticleNotFoundError(slug);
    await tx.run("UPDATE articles SET status = 'unpublished' WHERE slug = ?", [slug]);
    // Search counts matches in the index alone (search.ts), so the article's rows leave it.
    await tx.run('DELETE FROM search_docs WHERE article_slug = ?', [slug]);
    await audit(tx, editor, 'unpublish', slug, article.revision, { title: article.title });
    return { slug, revision: article.revision, places: placesOf(article) };
  });
}

/**
 * Publishes a correction of a published article as its next revision. `raw` is the article as it
 * should now read (slug, revision and earlierRevisions are set here): the current paragraphs join
 * the earlier revisions, so `/articles/<slug>/read#p<n>` links cited before still resolve.
 */
export async function correctArticle(
  db: Db,
  slug: string,
  input: PublishInput,
  editor: string,
): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    await lockWrites(tx);
    const current = await getArticleFile(tx, slug);
    if (!current) throw new ArticleNotFoundError(slug);
    const raw = typeof input.article === 'object' && input.article !== null ? input.article : {};
    const { article, newPlaces } = await checked(
      tx,
      {
        ...raw,
        slug,
        revision: current.revision + 1,
        earlierRevisions: [
          ...(current.earlierRevisions ?? []),
          { revision: current.revision, paragraphs: current.paragraphs },
        ],
      },
      input.newPlaces ?? [],
    );
    await importCollection(tx, { places: newPlaces, articles: [article] });
    await audit(tx, editor, 'correct', slug, article.revision, {
      title: article.title,
      from: current.revision,
      places: placesOf(article),
      newPlaces: newPlaces.map((p) => p.id),
      mentions: article.mentions.length,
    });
    // Pages of places it no longer speaks of change too.
    const places = [...new Set([...placesOf(current), ...placesOf(article)])];
    return { slug, revision: article.revision, places };
  });
}

export type AuditEntry = {
  editor: string;
  at: string;
  action: AuditAction;
  slug: string;
  revision: number;
  detail: Record<string, unknown>;
};

/** The audit log, newest first (of one article when `slug` is given). */
export async function auditLog(db: Db, slug?: string, limit = 100): Promise<AuditEntry[]> {
  const rows = await db.all<{
    editor: string;
    at: string;
    action: AuditAction;
    article_slug: string;
    revision: number;
    detail: string;
  }>(
    `SELECT editor, at, action, article_slug, revision, detail FROM audit_log
     ${slug === undefined ? '' : 'WHERE article_slug = ?'} ORDER BY id DESC LIMIT ?`,
    slug === undefined ? [limit] : [slug, limit],
  );
  return rows.map((r) => ({
    editor: r.editor,
    at: r.at,
    action: r.action,
    slug: r.article_slug,
    revision: Number(r.revision),
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  }));
}
