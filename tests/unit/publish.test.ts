// The editors' write path (lib/store/publish.ts) on SQLite, and on PostgreSQL when
// TEST_DATABASE_URL is set: publish, unpublish and correct each land whole or not at all, with
// an audit row, and what readers see follows at once.
import { afterEach, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Db } from '@/lib/store/db';
import { migrate } from '@/lib/store/migrations';
import {
  countPublishedArticles,
  getArticleFile,
  importCollection,
  listArticles,
  listPlaceSummaries,
  mentionedPlaces,
  placeMentions,
} from '@/lib/store/collection-store';
import { searchCollection, searchIndex } from '@/lib/store/search';
import { readCollectionFiles } from '@/lib/store/open';
import {
  ArticleNotFoundError,
  auditLog,
  correctArticle,
  DuplicateArticleError,
  publishArticle,
  unpublishArticle,
  type PublishInput,
} from '@/lib/store/publish';
import { CollectionError } from '@/lib/collection/validate';
import type { ArticleFile } from '@/lib/collection/model';
import { backends } from './db-backends';
import { repoPath } from './helpers';

const FIXTURE = JSON.parse(readFileSync(repoPath('tests/fixtures/publish-article.json'), 'utf8'));
const input = (): PublishInput & { article: ArticleFile } => structuredClone(FIXTURE);
const SLUG = FIXTURE.article.slug as string;
/** A date the fixture's first sentence states (offsets in ¶ 1). */
const thisWeek = {
  text: 'this week',
  start: 44,
  end: 53,
  value: { from: '2022-01-17', to: '2022-01-23' },
  precision: 'range' as const,
};

const TABLES = [
  'articles',
  'paragraphs',
  'article_places',
  'mentions',
  'places',
  'search_docs',
  'audit_log',
];

/** How many rows each table holds: nothing half-saved means these do not move. */
async function rowCounts(db: Db) {
  const counts: Record<string, number> = {};
  for (const t of TABLES) {
    const r = await db.get<{ n: number }>(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${t}`);
    counts[t] = Number(r?.n);
  }
  return counts;
}

/** The database, but the n-th statement written inside a transaction fails. */
function failingAt(db: Db, n: number): Db & { runs: () => number } {
  let count = 0;
  const wrap = (tx: Db): Db => ({
    ...tx,
    dialect: tx.dialect,
    all: (sql, params) => tx.all(sql, params),
    get: (sql, params) => tx.get(sql, params),
    exec: (sql) => tx.exec(sql),
    close: () => tx.close(),
    async run(sql, params) {
      if (++count === n) throw new Error(`injected failure at statement ${n}`);
      return tx.run(sql, params);
    },
    transaction: (fn) => fn(wrap(tx)),
  });
  return {
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    runs: () => count,
  };
}

const open: Db[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

describe.each(backends)('publishing on %s', (_name, connect) => {
  async function seeded() {
    const db = await connect();
    open.push(db);
    await migrate(db);
    await importCollection(db, readCollectionFiles(repoPath('data/collection')));
    return db;
  }

  test('publish writes the article, its mentions, its new place, search rows and an audit row', async () => {
    const db = await seeded();
    const result = await publishArticle(db, input(), 'olena');
    expect(result).toEqual({ slug: SLUG, revision: 1, places: ['kharkiv', 'luhansk'] });
    expect(await getArticleFile(db, SLUG)).toEqual(input().article);
    expect((await listArticles(db)).map((a) => a.slug)[0]).toBe(SLUG);
    const kharkiv = await placeMentions(db, 'kharkiv', 10);
    expect(kharkiv.items.map((i) => i.text)).toEqual([
      'Residents of Kharkiv stocked up on firewood this week.',
    ]);
    expect((await mentionedPlaces(db)).find((p) => p.place.id === 'kharkiv')?.summary).toBe(
      'A city in north-eastern Ukraine where residents stocked up on firewood.',
    );
    const found = await searchCollection(db, 'firewood');
    expect(found.excerpts.map((e) => e.article.slug)).toEqual([SLUG]);
    expect((await searchCollection(db, 'Kharkiv')).places.map((p) => p.id)).toEqual(['kharkiv']);
    expect((await searchCollection(db, 'braces winter')).articles.map((a) => a.slug)).toEqual([
      SLUG,
    ]);
    expect(await auditLog(db)).toEqual([
      {
        editor: 'olena',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        action: 'publish',
        slug: SLUG,
        revision: 1,
        detail: {
          title: 'Kharkiv braces for a hard winter',
          places: ['kharkiv', 'luhansk'],
          newPlaces: ['kharkiv'],
          mentions: 2,
        },
      },
    ]);
  });

  test('a mention’s reviewed dates are stored with it, an empty list too', async () => {
    const db = await seeded();
    const dated = input();
    dated.article.mentions[0].dates = [thisWeek];
    dated.article.mentions[1].dates = [];
    await publishArticle(db, dated, 'olena');
    expect((await getArticleFile(db, SLUG))?.mentions).toEqual([
      { place: 'kharkiv', paragraph: 1, start: 0, end: 54, dates: [thisWeek] },
      { place: 'luhansk', paragraph: 1, start: 55, end: 101, dates: [] },
    ]);
  });

  test('the same article twice: a clear message, and nothing saved the second time', async () => {
    const db = await seeded();
    await publishArticle(db, input(), 'olena');
    const before = await rowCounts(db);
    // Exactly the same submission (its new place included), and under another slug.
    const renamed = { ...input(), newPlaces: [] };
    renamed.article.slug = 'another-slug';
    for (const again of [input(), renamed]) {
      const e = await publishArticle(db, again, 'taras').catch((x: unknown) => x);
      expect(e).toBeInstanceOf(DuplicateArticleError);
      expect((e as Error).message).toBe(
        `this article is already in the collection as "${SLUG}" (published): same title and same text`,
      );
    }
    expect(await rowCounts(db)).toEqual(before);
  });

  test('another article under a slug already taken gets the next free slug', async () => {
    const db = await seeded();
    await publishArticle(db, input(), 'olena');
    const other = { ...input(), newPlaces: [] };
    other.article.paragraphs[1].text = 'Nobody expects the cold to ease before April.';
    expect((await publishArticle(db, other, 'olena')).slug).toBe(`${SLUG}-2`);
    expect((await auditLog(db))[0].detail).toMatchObject({ askedSlug: SLUG });
  });

  test('bad input names the field, and nothing is saved', async () => {
    const db = await seeded();
    const before = await rowCounts(db);
    const problems = async (i: PublishInput) =>
      ((await publishArticle(db, i, 'olena').catch((x: unknown) => x)) as CollectionError).problems;
    const span = input();
    span.article.mentions[0].end = 500;
    expect(await problems(span)).toEqual([
      `article "${SLUG}" mentions[0].end: span 0–500 is outside ¶ 1 (101 characters)`,
    ]);
    const unknown = { ...input(), newPlaces: [] };
    expect(await problems(unknown)).toContain(
      `article "${SLUG}" mentions[0].place: no place "kharkiv" in the collection`,
    );
    const noSummary = input();
    noSummary.article.places = noSummary.article.places.filter((p) => p.place !== 'kharkiv');
    noSummary.article.mentions = noSummary.article.mentions.filter((m) => m.place !== 'kharkiv');
    expect(await problems(noSummary)).toContain(
      `place "kharkiv" summary: a new place needs the analyst's one-sentence summary in the article's places`,
    );
    const emptySummary = input();
    emptySummary.article.places[0].summary = '';
    expect((await problems(emptySummary))[0]).toMatch(
      new RegExp(`^article "${SLUG}" places\\[0\\]\\.summary: `),
    );
    // A reviewed date must be the paragraph's own words, inside the mention's sentence.
    const wrongWords = input();
    wrongWords.article.mentions[0].dates = [{ ...thisWeek, text: 'last week' }];
    expect(await problems(wrongWords)).toEqual([
      `article "${SLUG}" mentions[0].dates[0].text: is not the paragraph's words at 44–53`,
    ]);
    const outside = input();
    outside.article.mentions[1].dates = [thisWeek];
    expect(await problems(outside)).toEqual([
      `article "${SLUG}" mentions[1].dates[0].end: span 44–53 is outside the mention's sentence`,
    ]);
    const badValue = input();
    badValue.article.mentions[0].dates = [{ ...thisWeek, value: { from: '2022-13' } }];
    expect((await problems(badValue))[0]).toMatch(
      new RegExp(`^article "${SLUG}" mentions\\[0\\]\\.dates\\[0\\]\\.value\\.from: `),
    );
    const known = input();
    known.newPlaces = [{ ...FIXTURE.newPlaces[0], id: 'moscow' }];
    expect(await problems(known)).toContain('place "moscow" id: already in the collection');
    expect(await rowCounts(db)).toEqual(before);
  });

  test('a publish that fails at any statement leaves nothing behind', async () => {
    const db = await seeded();
    const before = await rowCounts(db);
    const probe = failingAt(db, 0);
    await publishArticle(probe, input(), 'olena');
    const statements = probe.runs();
    expect(statements).toBeGreaterThan(5);
    await unpublishArticle(db, SLUG, 'olena');
    // A fresh database for each failure point would be slow; undo the probe's rows instead.
    await db.run('DELETE FROM articles WHERE slug = ?', [SLUG]);
    await db.run("DELETE FROM places WHERE id = 'kharkiv'");
    await db.run('DELETE FROM audit_log');
    expect(await rowCounts(db)).toEqual(before);
    for (let n = 1; n <= statements; n++) {
      await expect(publishArticle(failingAt(db, n), input(), 'olena')).rejects.toThrow(
        `injected failure at statement ${n}`,
      );
      expect(await rowCounts(db)).toEqual(before);
    }
  });

  test('a database that refuses the last write (the audit row) keeps none of the others', async () => {
    const db = await seeded();
    const before = await rowCounts(db);
    await db.exec(
      db.dialect === 'postgres'
        ? `CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql;
           CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse();`
        : `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'refused'); END;`,
    );
    await expect(publishArticle(db, input(), 'olena')).rejects.toThrow(/refused/);
    expect(await rowCounts(db)).toEqual(before);
    expect(await getArticleFile(db, SLUG, { unpublished: true })).toBeUndefined();
  });

  test('unpublish takes the article off every list, map, place page and search', async () => {
    const db = await seeded();
    const seedCount = await countPublishedArticles(db);
    await publishArticle(db, input(), 'olena');
    expect(await unpublishArticle(db, SLUG, 'taras')).toEqual({
      slug: SLUG,
      revision: 1,
      places: ['kharkiv', 'luhansk'],
    });
    expect(await countPublishedArticles(db)).toBe(seedCount);
    expect(await getArticleFile(db, SLUG)).toBeUndefined();
    expect(await getArticleFile(db, SLUG, { unpublished: true })).toBeDefined();
    expect((await listArticles(db)).map((a) => a.slug)).not.toContain(SLUG);
    expect((await listPlaceSummaries(db)).map((p) => p.id)).not.toContain('kharkiv');
    expect((await mentionedPlaces(db)).map((p) => p.place.id)).not.toContain('kharkiv');
    expect(await placeMentions(db, 'kharkiv', 10)).toEqual({ total: 0, items: [] });
    const luhansk = await placeMentions(db, 'luhansk', 10);
    expect(luhansk.items.map((i) => i.article.slug)).not.toContain(SLUG);
    expect(luhansk.total).toBe(luhansk.items.length);
    const found = await searchCollection(db, 'firewood');
    expect(found.counts).toEqual({ places: 0, articles: 0, excerpts: 0 });
    expect((await searchCollection(db, 'braces')).articles).toEqual([]);
    const index = await searchIndex(db);
    expect(index.articles.map((a) => a.slug)).not.toContain(SLUG);
    expect(index.excerpts.some((e) => e.text.includes('firewood'))).toBe(false);
    expect((await auditLog(db, SLUG)).map((e) => [e.action, e.editor])).toEqual([
      ['unpublish', 'taras'],
      ['publish', 'olena'],
    ]);
    await expect(unpublishArticle(db, SLUG, 'taras')).rejects.toBeInstanceOf(ArticleNotFoundError);
  });

  test('a correction is the next revision; the earlier paragraphs stay resolvable', async () => {
    const db = await seeded();
    await publishArticle(db, input(), 'olena');
    const corrected = input().article;
    corrected.paragraphs[1].text = 'Nobody expects the frost to ease before March.';
    const result = await correctArticle(db, SLUG, { article: corrected }, 'taras');
    expect(result).toEqual({ slug: SLUG, revision: 2, places: ['kharkiv', 'luhansk'] });
    const file = await getArticleFile(db, SLUG);
    expect(file?.revision).toBe(2);
    expect(file?.paragraphs[1].text).toBe('Nobody expects the frost to ease before March.');
    expect(file?.earlierRevisions).toEqual([
      { revision: 1, paragraphs: input().article.paragraphs },
    ]);
    expect((await searchCollection(db, 'firewood')).excerpts).toHaveLength(1);
    expect((await auditLog(db, SLUG))[0]).toMatchObject({
      action: 'correct',
      editor: 'taras',
      revision: 2,
      detail: { from: 1 },
    });
    await expect(
      correctArticle(db, 'no-such-article', { article: corrected }, 'taras'),
    ).rejects.toBeInstanceOf(ArticleNotFoundError);
  });
});
