// Search: the reader's text to safe query terms, and searchCollection on the embedded database
// (and on PostgreSQL when TEST_DATABASE_URL is set). Expected hits are written by hand from
// data/collection.
import { afterEach, describe, expect, test } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '@/lib/store/db';
import { openSqlite } from '@/lib/store/sqlite';
import { openPostgres } from '@/lib/store/postgres';
import { migrate } from '@/lib/store/migrations';
import { importCollection } from '@/lib/store/collection-store';
import { readCollectionFiles } from '@/lib/store/open';
import { searchCollection, searchIndex, toFts5, toTsquery } from '@/lib/store/search';
import { highlight, MAX_QUERY_CHARS, parseSearchQuery, tokenize } from '@/lib/search-query';
import { matchIndex } from '@/lib/search-match';
import type { ArticleFile } from '@/lib/collection/model';
import type { SearchResults } from '@/lib/search-types';
import { repoPath } from './helpers';

const SEED = 'putin-keeps-all-options-open';

/** Quotes, operators, syntax characters of both query languages, SQL, huge and empty input. */
export const HOSTILE = [
  '',
  '   ',
  '"',
  '"""',
  '"Luhansk',
  'Luhansk"',
  'AND',
  'OR OR',
  'NOT',
  'NOT Luhansk',
  '-',
  '--',
  '*',
  '^Luhansk',
  'Luhansk*',
  'NEAR(Luhansk Donetsk, 2)',
  'Luhansk AND OR NOT Donetsk',
  '!&|:*<->()',
  "'; DROP TABLE places; --",
  "Robert'); DROP TABLE search_docs;--",
  '\\',
  '%_%',
  '{}[]',
  'col:Luhansk',
  '?????',
  '…–—',
  '\u0000\u0001',
  '🙂',
  'x'.repeat(10 * 1024),
  'Luhansk '.repeat(1500),
];

describe('turning what a reader typed into query terms', () => {
  test('words are normalized runs of letters and digits', () => {
    expect(tokenize('NATO-Russia Council, 13,000 Kyïv’s')).toEqual([
      'nato',
      'russia',
      'council',
      '13',
      '000',
      'kyiv',
      's',
    ]);
  });

  test('quotes make phrases, - and NOT exclude, operators and syntax characters are dropped', () => {
    expect(
      parseSearchQuery('"NATO-Russia Council" -Moscow NOT Brussels OR x* ^y AND').clauses,
    ).toEqual([
      { words: ['nato', 'russia', 'council'], exclude: false },
      { words: ['moscow'], exclude: true },
      { words: ['brussels'], exclude: true },
      { words: ['x'], exclude: false },
      { words: ['y'], exclude: false },
    ]);
  });

  test('an unbalanced quote runs to the end', () => {
    expect(parseSearchQuery('Luhansk "Donetsk regions').clauses).toEqual([
      { words: ['luhansk'], exclude: false },
      { words: ['donetsk', 'regions'], exclude: false },
    ]);
  });

  test('the query is capped, and the dialects get only quoted words', () => {
    const q = parseSearchQuery('x'.repeat(10 * 1024));
    expect(q.text).toHaveLength(MAX_QUERY_CHARS);
    expect(toFts5(parseSearchQuery('"NATO-Russia" -Moscow'))).toBe(
      '("nato" + "russia"*) NOT ("moscow"*)',
    );
    expect(toTsquery(parseSearchQuery('"NATO-Russia" -Moscow'))).toBe(
      "('nato' <-> 'russia':*) & !('moscow':*)",
    );
    for (const raw of HOSTILE) {
      const fts = toFts5(parseSearchQuery(raw)) ?? '';
      // Outside the quoted words, only FTS5's own joining syntax.
      expect(fts.replace(/"[\p{L}\p{N}]+"\*?/gu, ''), raw).toMatch(/^[()+ ANDOT]*$/);
      const ts = toTsquery(parseSearchQuery(raw)) ?? '';
      expect(ts.replace(/'[\p{L}\p{N}]+'(:\*)?/gu, ''), raw).toMatch(/^[()<\->&! ]*$/);
    }
  });

  test('nothing to look for: empty, punctuation only, or only exclusions', () => {
    for (const raw of ['', '  ', '?!', '"""', '-Moscow', 'NOT Moscow', 'AND OR'])
      expect(toFts5(parseSearchQuery(raw)), raw).toBeUndefined();
  });

  test('highlighting cuts the text into plain and matched segments, losing nothing', () => {
    const text = 'In the Luhansk and Donetsk regions, <b>Luhansk’s</b> people';
    const segments = highlight(text, ['luhansk', 'region']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual([
      'Luhansk',
      'regions',
      'Luhansk',
    ]);
  });
});

const backends: [string, () => Promise<Db>][] = [
  [
    'SQLite',
    async () => openSqlite(path.join(mkdtempSync(path.join(tmpdir(), 'search-')), 'c.sqlite')),
  ],
];
if (process.env.TEST_DATABASE_URL)
  backends.push([
    'PostgreSQL',
    async () => {
      // A schema of its own: store.test.ts resets `public` on the same database at the same time.
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.searchParams.set('options', '-c search_path=search_tests');
      const db = openPostgres(url.href);
      await db.exec('DROP SCHEMA IF EXISTS search_tests CASCADE; CREATE SCHEMA search_tests;');
      return db;
    },
  ]);

const open: Db[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

/** What a result list links to, order aside (the two databases rank differently). */
function hits(r: SearchResults) {
  return {
    places: r.places.map((p) => p.id).sort(),
    articles: r.articles.map((a) => a.slug).sort(),
    excerpts: r.excerpts
      .map((e) => `${e.article.slug} ¶${e.paragraph} ${e.places.map((p) => p.id).join(',')}`)
      .sort(),
  };
}

const CASES: [string, ReturnType<typeof hits>][] = [
  [
    'Luhansk',
    {
      places: ['luhansk'],
      articles: [],
      excerpts: [`${SEED} ¶13 donetsk,luhansk`, `${SEED} ¶15 luhansk`],
    },
  ],
  [
    'NATO-Russia Council',
    { places: [], articles: [], excerpts: [`${SEED} ¶12 brussels`, `${SEED} ¶4 moscow`] },
  ],
  ['"Putin keeps"', { places: [], articles: [SEED], excerpts: [] }],
  [
    'luh',
    {
      places: ['luhansk'],
      articles: [],
      excerpts: [`${SEED} ¶13 donetsk,luhansk`, `${SEED} ¶15 luhansk`],
    },
  ],
  ['NATO -Moscow', { places: [], articles: [], excerpts: [`${SEED} ¶12 brussels`] }],
  [
    'border with Ukraine',
    {
      places: ['border-region'],
      articles: [],
      excerpts: [`${SEED} ¶2 border-region`, `${SEED} ¶8 border-region`],
    },
  ],
  ['crimea', { places: ['crimea'], articles: [], excerpts: [`${SEED} ¶10 crimea`] }],
  ['"Ukraine crisis"', { places: [], articles: [SEED], excerpts: [] }],
];

describe.each(backends)('searchCollection on %s', (_name, connect) => {
  async function seeded() {
    const db = await connect();
    open.push(db);
    await migrate(db);
    await importCollection(db, readCollectionFiles(repoPath('data/collection')));
    return db;
  }

  test('finds places, titles and excerpts by hand-checked queries', async () => {
    const db = await seeded();
    for (const [q, expected] of CASES)
      expect(hits(await searchCollection(db, q, 20)), q).toEqual(expected);
    const luhansk = await searchCollection(db, 'Luhansk', 20);
    expect(luhansk.counts).toEqual({ places: 1, articles: 0, excerpts: 2 });
    expect(luhansk.excerpts[0].article).toEqual({
      slug: SEED,
      title: 'Russia: Ukraine crisis: Putin keeps all options open',
      publisher: null,
      date: 'December 2021',
    });
  });

  test('the limit caps each list, not the counts', async () => {
    const db = await seeded();
    const r = await searchCollection(db, 'Moscow', 2);
    expect(r.excerpts).toHaveLength(2);
    // ¶ 3, 4, 6, 8 and 10 quoted for Moscow, and ¶ 8's longer quote for the border.
    expect(r.counts.excerpts).toBe(6);
  });

  test('hostile input is always answered', async () => {
    const db = await seeded();
    for (const q of HOSTILE) {
      const r = await searchCollection(db, q, 20);
      expect(r.query.length, q.slice(0, 20)).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    }
    expect(hits(await searchCollection(db, 'NOT Luhansk', 20)).places).toEqual([]);
    expect(hits(await searchCollection(db, '"Luhansk', 20)).places).toEqual(['luhansk']);
    expect(hits(await searchCollection(db, '^Luhansk*', 20)).places).toEqual(['luhansk']);
    expect(hits(await searchCollection(db, 'Luhansk '.repeat(1500), 20)).places).toEqual([
      'luhansk',
    ]);
  });

  test('an article replaced by slug leaves no stale rows; a failed import changes nothing', async () => {
    const db = await seeded();
    const seed = readCollectionFiles(repoPath('data/collection'));
    const article = seed.articles[0];
    const renamed: ArticleFile = {
      ...article,
      title: 'Zaporizhzhia notes',
      paragraphs: article.paragraphs.map((p) =>
        p.n === 15 ? { ...p, text: p.text.replace(/Luhansk/g, 'Lugansk') } : p,
      ),
    };
    // Straight to the store: the file checks would want ¶ 15's quote to name Luhansk.
    await importCollection(db, { places: seed.places, articles: [renamed] });
    expect(hits(await searchCollection(db, 'Putin keeps', 20)).articles).toEqual([]);
    expect(hits(await searchCollection(db, 'Zaporizhzhia', 20)).articles).toEqual([SEED]);
    expect(hits(await searchCollection(db, 'Lugansk', 20)).excerpts).toEqual([
      `${SEED} ¶15 luhansk`,
    ]);
    expect(hits(await searchCollection(db, 'Luhansk', 20)).excerpts).toEqual([
      `${SEED} ¶13 donetsk,luhansk`,
    ]);
    const rows = await db.get<{ n: number }>(
      'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM search_docs',
    );
    // 6 places, 1 title, 11 distinct spans (¶13 is quoted once for two places).
    expect(Number(rows?.n)).toBe(18);
    await expect(
      importCollection(db, {
        places: [],
        articles: [
          {
            ...article,
            title: 'Half-way',
            mentions: [{ ...article.mentions[0], place: 'nowhere' }],
          },
        ],
      }),
    ).rejects.toThrow();
    expect(hits(await searchCollection(db, 'Zaporizhzhia', 20)).articles).toEqual([SEED]);
    expect(hits(await searchCollection(db, 'half', 20)).articles).toEqual([]);
  });

  test('migration 2 indexes a database loaded before it', async () => {
    const db = await connect();
    open.push(db);
    await migrate(db);
    await importCollection(db, readCollectionFiles(repoPath('data/collection')));
    await db.exec('DELETE FROM search_docs');
    expect(hits(await searchCollection(db, 'Luhansk', 20)).places).toEqual([]);
    await db.run('DELETE FROM schema_migrations WHERE version = 2');
    await db.exec(
      db.dialect === 'postgres'
        ? 'DROP TABLE search_docs'
        : 'DROP TABLE search_fts_place; DROP TABLE search_fts_article; DROP TABLE search_fts_excerpt; DROP TABLE search_docs',
    );
    expect(await migrate(db)).toEqual([2]);
    expect(hits(await searchCollection(db, 'Luhansk', 20)).places).toEqual(['luhansk']);
  });

  test('the static export’s browser search finds the same for word queries', async () => {
    const db = await seeded();
    const index = JSON.parse(JSON.stringify(await searchIndex(db)));
    for (const [q, expected] of CASES) expect(hits(matchIndex(index, q, 20)), q).toEqual(expected);
    for (const q of HOSTILE) matchIndex(index, q, 20);
    expect(matchIndex(index, 'Moscow', 2).counts.excerpts).toBe(6);
  });
});
