// The collection in the database: import (one transaction), export (the same files back, byte for
// byte) and the queries the pages need. Plain SQL both databases run; see db.ts.
import type { Db } from './db';
import type {
  ArticleDate,
  ArticleFile,
  Collection,
  CollectionPlace,
  Mention,
  StoredDate,
} from '../collection/model';
import type { Paragraph } from '../article';
import { insertRows, type Row } from './insert-rows';
import { SEARCH_DOCS_INTO, searchDocRows } from './search-docs';
import type { TimelineRow } from '../timeline';

type PlaceRow = {
  id: string;
  position: number;
  name: string;
  kind: string;
  geometry: string;
  marker: string | null;
  aliases: string | null;
  geometry_source: string;
  marker_source: string | null;
  license: string;
};

type ArticleRow = {
  slug: string;
  title: string;
  publisher: string | null;
  date_value: string;
  date_precision: string;
  date_inferred: number;
  date_note: string | null;
  dateline: string | null;
  source_url: string | null;
  language: string;
  source_note: string | null;
  revision: number;
  briefing: string | null;
};

/** Optional fields are left out, not written as null, so an export matches the file it came from. */
const opt = <K extends string, V>(key: K, v: V | null | undefined) =>
  (v === null || v === undefined ? {} : { [key]: v }) as Partial<Record<K, V>>;

function placeOf(r: PlaceRow): CollectionPlace {
  return {
    type: 'Feature',
    id: r.id,
    geometry: JSON.parse(r.geometry),
    properties: {
      name: r.name,
      kind: r.kind as CollectionPlace['properties']['kind'],
      ...opt('marker', r.marker ? (JSON.parse(r.marker) as [number, number]) : null),
      ...opt('aliases', r.aliases ? (JSON.parse(r.aliases) as string[]) : null),
      geometrySource: r.geometry_source,
      ...opt('markerSource', r.marker_source),
      license: r.license,
    },
  };
}

export function dateOf(
  r: Pick<ArticleRow, 'date_value' | 'date_precision' | 'date_inferred' | 'date_note'>,
): ArticleDate {
  return {
    value: r.date_value,
    precision: r.date_precision as ArticleDate['precision'],
    inferred: Boolean(Number(r.date_inferred)),
    ...opt('note', r.date_note),
  };
}

function placeRow(p: CollectionPlace, position: number): Row {
  const { name, kind, marker, aliases, geometrySource, markerSource, license } = p.properties;
  return [
    p.id,
    position,
    name,
    kind,
    JSON.stringify(p.geometry),
    marker ? JSON.stringify(marker) : null,
    aliases ? JSON.stringify(aliases) : null,
    geometrySource,
    markerSource ?? null,
    license,
  ];
}

function articleRow(a: ArticleFile): Row {
  return [
    a.slug,
    a.title,
    a.publisher,
    a.date.value,
    a.date.precision,
    a.date.inferred ? 1 : 0,
    a.date.note ?? null,
    a.dateline ?? null,
    a.sourceUrl ?? null,
    a.language,
    a.sourceNote ?? null,
    a.revision,
    a.briefing ? JSON.stringify(a.briefing) : null,
  ];
}

/** The rows an article adds besides its own: paragraphs (every revision), places, mentions. */
function articleChildRows(a: ArticleFile) {
  const revisions = [
    ...(a.earlierRevisions ?? []),
    { revision: a.revision, paragraphs: a.paragraphs },
  ];
  const text = new Map(a.paragraphs.map((p) => [p.n, p.text]));
  return {
    paragraphs: revisions.flatMap((rev) =>
      rev.paragraphs.map((p): Row => [a.slug, rev.revision, p.n, p.kind, p.text]),
    ),
    places: a.places.map((p, i): Row => [a.slug, p.place, i, p.summary]),
    mentions: a.mentions.map((m, i): Row => [
      a.slug,
      i,
      m.place,
      m.paragraph,
      m.start,
      m.end,
      text.get(m.paragraph)!.slice(m.start, m.end),
      m.dates ? JSON.stringify(m.dates) : null,
    ]),
  };
}

/**
 * Loads a checked collection (lib/collection/validate.ts) in one transaction: places are added
 * or updated by id, articles replaced by slug, and the search index with them. If anything
 * fails, nothing has changed.
 */
export async function importCollection(db: Db, c: Collection): Promise<void> {
  await db.transaction(async (tx) => {
    const positions = new Map(
      (await tx.all<{ id: string; position: number }>('SELECT id, position FROM places')).map(
        (r) => [r.id, Number(r.position)],
      ),
    );
    let next = positions.size ? Math.max(...positions.values()) + 1 : 0;
    await insertRows(
      tx,
      'places (id, position, name, kind, geometry, marker, aliases, geometry_source, marker_source, license)',
      c.places.map((p) => placeRow(p, positions.get(p.id) ?? next++)),
      `ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
         geometry = excluded.geometry, marker = excluded.marker, aliases = excluded.aliases,
         geometry_source = excluded.geometry_source, marker_source = excluded.marker_source,
         license = excluded.license`,
    );
    const slugs = c.articles.map((a) => a.slug);
    for (let i = 0; i < slugs.length; i += 500) {
      const batch = slugs.slice(i, i + 500);
      // Paragraphs, places and mentions go with their article (ON DELETE CASCADE).
      await tx.run(
        `DELETE FROM articles WHERE slug IN (${batch.map(() => '?').join(', ')})`,
        batch,
      );
    }
    await insertRows(
      tx,
      `articles (slug, title, publisher, date_value, date_precision, date_inferred, date_note,
         dateline, source_url, language, source_note, revision, briefing)`,
      c.articles.map(articleRow),
    );
    const children = c.articles.map(articleChildRows);
    await insertRows(
      tx,
      'paragraphs (article_slug, revision, n, kind, text)',
      children.flatMap((r) => r.paragraphs),
    );
    await insertRows(
      tx,
      'article_places (article_slug, place_id, position, summary)',
      children.flatMap((r) => r.places),
    );
    await insertRows(
      tx,
      'mentions (article_slug, position, place_id, paragraph, start_at, end_at, excerpt, dates)',
      children.flatMap((r) => r.mentions),
    );
    // The search index's rows (search-docs.ts): an article's went with it (ON DELETE CASCADE);
    // a place's are replaced here.
    const ids = c.places.map((p) => p.id);
    for (let i = 0; i < ids.length; i += 500) {
      const batch = ids.slice(i, i + 500);
      await tx.run(
        `DELETE FROM search_docs WHERE kind = 'place' AND place_id IN (${batch.map(() => '?').join(', ')})`,
        batch,
      );
    }
    await insertRows(tx, SEARCH_DOCS_INTO, searchDocRows(c));
  });
}

export async function allPlaces(db: Db): Promise<CollectionPlace[]> {
  return (await db.all<PlaceRow>('SELECT * FROM places ORDER BY position')).map(placeOf);
}

export async function getCollectionPlace(db: Db, id: string): Promise<CollectionPlace | undefined> {
  const r = await db.get<PlaceRow>('SELECT * FROM places WHERE id = ?', [id]);
  return r && placeOf(r);
}

/**
 * Readers see published articles only (migration 3): every query below that lists articles,
 * places, mentions or excerpts keeps to rows of published articles.
 */
export const PUBLISHED = "a.status = 'published'";

/**
 * One article as its file: what export writes and the views are built from. An unpublished
 * article is undefined unless `unpublished` is set (the editor's write path).
 */
export async function getArticleFile(
  db: Db,
  slug: string,
  { unpublished = false } = {},
): Promise<ArticleFile | undefined> {
  const a = await db.get<ArticleRow>(
    `SELECT * FROM articles a WHERE a.slug = ?${unpublished ? '' : ` AND ${PUBLISHED}`}`,
    [slug],
  );
  if (!a) return undefined;
  const paras = await db.all<{
    revision: number;
    n: number;
    kind: Paragraph['kind'];
    text: string;
  }>('SELECT revision, n, kind, text FROM paragraphs WHERE article_slug = ? ORDER BY revision, n', [
    slug,
  ]);
  const revision = Number(a.revision);
  const byRevision = new Map<number, Paragraph[]>();
  for (const p of paras) {
    const list = byRevision.get(Number(p.revision)) ?? [];
    list.push({ n: Number(p.n), kind: p.kind, text: p.text });
    byRevision.set(Number(p.revision), list);
  }
  const earlier = [...byRevision]
    .filter(([r]) => r !== revision)
    .map(([r, paragraphs]) => ({ revision: r, paragraphs }));
  const places = await db.all<{ place_id: string; summary: string }>(
    'SELECT place_id, summary FROM article_places WHERE article_slug = ? ORDER BY position',
    [slug],
  );
  const mentions = await db.all<{
    place_id: string;
    paragraph: number;
    start_at: number;
    end_at: number;
    dates: string | null;
  }>(
    'SELECT place_id, paragraph, start_at, end_at, dates FROM mentions WHERE article_slug = ? ORDER BY position',
    [slug],
  );
  return {
    slug: a.slug,
    title: a.title,
    publisher: a.publisher,
    date: dateOf(a),
    ...opt('dateline', a.dateline),
    ...opt('sourceUrl', a.source_url),
    language: a.language,
    ...opt('sourceNote', a.source_note),
    revision,
    paragraphs: byRevision.get(revision) ?? [],
    ...(earlier.length ? { earlierRevisions: earlier } : {}),
    places: places.map((p) => ({ place: p.place_id, summary: p.summary })),
    ...opt('briefing', a.briefing ? (JSON.parse(a.briefing) as string[]) : null),
    mentions: mentions.map((m): Mention => ({
      place: m.place_id,
      paragraph: Number(m.paragraph),
      start: Number(m.start_at),
      end: Number(m.end_at),
      ...opt('dates', m.dates ? (JSON.parse(m.dates) as StoredDate[]) : null),
    })),
  };
}

/**
 * The whole collection as plain data, articles by slug. Unpublished articles are left out: the
 * files have no status, and importing them back would publish them again.
 */
export async function exportCollection(db: Db): Promise<Collection> {
  const slugs = await db.all<{ slug: string }>(
    `SELECT slug FROM articles a WHERE ${PUBLISHED} ORDER BY slug`,
  );
  const articles: ArticleFile[] = [];
  for (const { slug } of slugs) articles.push((await getArticleFile(db, slug))!);
  return { places: await allPlaces(db), articles };
}

export type ArticleSummary = {
  slug: string;
  title: string;
  publisher: string | null;
  date: ArticleDate;
  places: number;
  mentions: number;
};

/** Every article, newest first, with how many places and mentions each has. */
export async function listArticles(db: Db, limit = 10000, offset = 0): Promise<ArticleSummary[]> {
  const rows = await db.all<ArticleRow & { places: number; mentions: number }>(
    `SELECT a.*,
       CAST((SELECT COUNT(*) FROM article_places ap WHERE ap.article_slug = a.slug) AS INTEGER) AS places,
       CAST((SELECT COUNT(*) FROM mentions m WHERE m.article_slug = a.slug) AS INTEGER) AS mentions
     FROM articles a WHERE ${PUBLISHED} ORDER BY a.date_value DESC, a.slug LIMIT ? OFFSET ?`,
    [limit, offset],
  );
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    publisher: r.publisher,
    date: dateOf(r),
    places: Number(r.places),
    mentions: Number(r.mentions),
  }));
}

/** Every article row, published or not: whether the store still needs seeding. */
export async function countArticles(db: Db): Promise<number> {
  const r = await db.get<{ n: number }>('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM articles');
  return Number(r?.n ?? 0);
}

/** The articles readers can see. */
export async function countPublishedArticles(db: Db): Promise<number> {
  const r = await db.get<{ n: number }>(
    `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM articles a WHERE ${PUBLISHED}`,
  );
  return Number(r?.n ?? 0);
}

export type PlaceSummary = {
  id: string;
  name: string;
  kind: CollectionPlace['properties']['kind'];
  articles: number;
  mentions: number;
};

/** Every place that some article mentions, most-mentioned first. */
export async function listPlaceSummaries(db: Db): Promise<PlaceSummary[]> {
  const rows = await db.all<{
    id: string;
    name: string;
    kind: string;
    articles: number;
    mentions: number;
  }>(
    `SELECT p.id, p.name, p.kind,
       CAST(COUNT(DISTINCT m.article_slug) AS INTEGER) AS articles,
       CAST(COUNT(*) AS INTEGER) AS mentions
     FROM places p JOIN mentions m ON m.place_id = p.id
       JOIN articles a ON a.slug = m.article_slug AND ${PUBLISHED}
     GROUP BY p.id, p.name, p.kind, p.position
     ORDER BY mentions DESC, p.position`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind as PlaceSummary['kind'],
    articles: Number(r.articles),
    mentions: Number(r.mentions),
  }));
}

export type PlaceMention = {
  article: { slug: string; title: string; publisher: string | null; date: ArticleDate };
  paragraph: number;
  text: string;
  /** The reviewed dates its sentence states; [] or null when undated. Offsets in the paragraph. */
  dates: StoredDate[] | null;
  /** Where the excerpt starts in its paragraph (date offsets minus this: offsets in `text`). */
  start: number;
};

/** Everything the collection says about a place: newest article first, then paragraph order. */
export async function placeMentions(
  db: Db,
  placeId: string,
  limit: number,
  offset = 0,
): Promise<{ total: number; items: PlaceMention[] }> {
  const total = await db.get<{ n: number }>(
    `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM mentions m
     JOIN articles a ON a.slug = m.article_slug AND ${PUBLISHED} WHERE m.place_id = ?`,
    [placeId],
  );
  const rows = await db.all<
    Pick<
      ArticleRow,
      | 'slug'
      | 'title'
      | 'publisher'
      | 'date_value'
      | 'date_precision'
      | 'date_inferred'
      | 'date_note'
    > & {
      paragraph: number;
      excerpt: string;
      dates: string | null;
      start_at: number;
    }
  >(
    `SELECT a.slug, a.title, a.publisher, a.date_value, a.date_precision, a.date_inferred, a.date_note,
       m.paragraph, m.excerpt, m.dates, m.start_at
     FROM mentions m JOIN articles a ON a.slug = m.article_slug AND ${PUBLISHED}
     WHERE m.place_id = ?
     ORDER BY a.date_value DESC, a.slug, m.paragraph, m.start_at
     LIMIT ? OFFSET ?`,
    [placeId, limit, offset],
  );
  return {
    total: Number(total?.n ?? 0),
    items: rows.map((r) => ({
      article: { slug: r.slug, title: r.title, publisher: r.publisher, date: dateOf(r) },
      paragraph: Number(r.paragraph),
      text: r.excerpt,
      dates: r.dates ? (JSON.parse(r.dates) as StoredDate[]) : null,
      start: Number(r.start_at),
    })),
  };
}

/**
 * The timeline's rows: every published mention's place and reviewed dates with its article's
 * date (of one article, or the whole collection), and every such article's date.
 */
export async function timelineRows(
  db: Db,
  slug?: string,
): Promise<{ rows: TimelineRow[]; articles: ArticleDate[] }> {
  const one = slug === undefined ? '' : ' AND a.slug = ?';
  const args = slug === undefined ? [] : [slug];
  const mentions = await db.all<
    Pick<ArticleRow, 'date_value' | 'date_precision' | 'date_inferred' | 'date_note'> & {
      place_id: string;
      dates: string | null;
    }
  >(
    `SELECT m.place_id, m.dates, a.date_value, a.date_precision, a.date_inferred, a.date_note
     FROM mentions m JOIN articles a ON a.slug = m.article_slug AND ${PUBLISHED}${one}
     ORDER BY a.slug, m.position`,
    args,
  );
  const articles = await db.all<
    Pick<ArticleRow, 'date_value' | 'date_precision' | 'date_inferred' | 'date_note'>
  >(
    `SELECT a.date_value, a.date_precision, a.date_inferred, a.date_note FROM articles a
     WHERE ${PUBLISHED}${one} ORDER BY a.slug`,
    args,
  );
  return {
    rows: mentions.map((m) => ({
      place: m.place_id,
      dates: m.dates ? (JSON.parse(m.dates) as StoredDate[]) : null,
      published: dateOf(m),
    })),
    articles: articles.map(dateOf),
  };
}

/**
 * Every place some article speaks of, in the collection's order, with the summary the newest of
 * those articles gives it: what the map of the whole collection draws.
 */
export async function mentionedPlaces(
  db: Db,
): Promise<{ place: CollectionPlace; summary: string; articles: number }[]> {
  const rows = await db.all<PlaceRow & { summary: string; articles: number }>(
    `SELECT p.*,
       (SELECT ap.summary FROM article_places ap JOIN articles a ON a.slug = ap.article_slug
        WHERE ap.place_id = p.id AND ${PUBLISHED} ORDER BY a.date_value DESC, a.slug LIMIT 1) AS summary,
       (SELECT CAST(COUNT(*) AS INTEGER) FROM article_places ap JOIN articles a ON a.slug = ap.article_slug
        WHERE ap.place_id = p.id AND ${PUBLISHED}) AS articles
     FROM places p
     WHERE EXISTS (SELECT 1 FROM article_places ap JOIN articles a ON a.slug = ap.article_slug
       WHERE ap.place_id = p.id AND ${PUBLISHED})
     ORDER BY p.position`,
  );
  return rows.map((r) => ({ place: placeOf(r), summary: r.summary, articles: Number(r.articles) }));
}
