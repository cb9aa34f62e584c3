// The collection's store on the embedded database (and on PostgreSQL when TEST_DATABASE_URL is
// set: .ci/run starts a throwaway cluster). Each test gets a fresh database.
import { afterEach, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '@/lib/store/db';
import { openSqlite } from '@/lib/store/sqlite';
import { openPostgres } from '@/lib/store/postgres';
import { migrate, MIGRATIONS } from '@/lib/store/migrations';
import {
  exportCollection,
  importCollection,
  listArticles,
  listPlaceSummaries,
  placeMentions,
  timelineRows,
} from '@/lib/store/collection-store';
import { readCollectionFiles } from '@/lib/store/open';
import { buildTimeline, inRange } from '@/lib/timeline';
import { collectionFiles } from '@/lib/collection/files';
import { CollectionError, parseCollection } from '@/lib/collection/validate';
import type { ArticleFile } from '@/lib/collection/model';
import { repoPath } from './helpers';
import { seedFile } from '../seed';

const SEED_DIR = repoPath('data/collection');
const seedFiles = () => {
  const files = new Map<string, string>();
  files.set('places.geojson', readFileSync(path.join(SEED_DIR, 'places.geojson'), 'utf8'));
  for (const f of readdirSync(path.join(SEED_DIR, 'articles')))
    files.set(`articles/${f}`, readFileSync(path.join(SEED_DIR, 'articles', f), 'utf8'));
  return files;
};

const open: Db[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function resetPostgres(url: string) {
  const db = openPostgres(url);
  await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  return db;
}

const backends: [string, () => Promise<Db>][] = [
  [
    'SQLite',
    async () => openSqlite(path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'c.sqlite')),
  ],
];
if (process.env.TEST_DATABASE_URL)
  backends.push(['PostgreSQL', () => resetPostgres(process.env.TEST_DATABASE_URL!)]);

/** A second article about Luhansk, dated after the seed, written out by hand. */
const LATER: ArticleFile = {
  slug: 'later-report',
  title: 'Shelling reported near Luhansk',
  publisher: 'Test Wire',
  date: { value: '2022-01-15', precision: 'day', inferred: false },
  language: 'en',
  revision: 1,
  paragraphs: [
    { n: 1, kind: 'body', text: 'Shelling was reported near Luhansk on Friday. Nobody was hurt.' },
  ],
  places: [{ place: 'luhansk', summary: 'Where shelling was reported.' }],
  mentions: [
    {
      place: 'luhansk',
      paragraph: 1,
      start: 0,
      end: 45,
      // "Friday" before Saturday 15 January 2022, as a reviewer stored it.
      dates: [
        {
          text: 'Friday',
          start: 38,
          end: 44,
          value: { from: '2022-01-14', to: '2022-01-14' },
          precision: 'day',
        },
      ],
    },
  ],
};

describe.each(backends)('the store on %s', (_name, connect) => {
  async function fresh() {
    const db = await connect();
    open.push(db);
    await migrate(db);
    return db;
  }

  test('migrations are versioned and applied once, however often migrate runs', async () => {
    const db = await fresh();
    expect(await migrate(db)).toEqual([]);
    const rows = await db.all<{ version: number }>('SELECT version FROM schema_migrations');
    expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
  });

  test('import then export gives back the seed files byte for byte', async () => {
    const db = await fresh();
    await importCollection(db, readCollectionFiles(SEED_DIR));
    const exported = new Map(collectionFiles(await exportCollection(db)));
    expect(exported).toEqual(seedFiles());
  });

  test('a place page lists the newest article first, each quote sliced verbatim', async () => {
    const db = await fresh();
    const seed = readCollectionFiles(SEED_DIR);
    await importCollection(
      db,
      parseCollection({
        places: { type: 'FeatureCollection', features: seed.places },
        articles: [...seed.articles, LATER],
      }),
    );
    const { total, items } = await placeMentions(db, 'luhansk', 10);
    expect(total).toBe(3);
    expect(items[0]).toEqual({
      article: {
        slug: 'later-report',
        title: 'Shelling reported near Luhansk',
        publisher: 'Test Wire',
        date: { value: '2022-01-15', precision: 'day', inferred: false },
      },
      paragraph: 1,
      text: 'Shelling was reported near Luhansk on Friday.',
      start: 0,
      dates: [
        {
          text: 'Friday',
          start: 38,
          end: 44,
          value: { from: '2022-01-14', to: '2022-01-14' },
          precision: 'day',
        },
      ],
    });
    expect(items.slice(1).map((i) => [i.article.slug, i.paragraph])).toEqual([
      ['putin-keeps-all-options-open', 13],
      ['putin-keeps-all-options-open', 15],
    ]);
    expect((await listArticles(db)).map((a) => a.slug)).toEqual([
      'later-report',
      'putin-keeps-all-options-open',
    ]);
    const summaries = await listPlaceSummaries(db);
    expect(summaries[0]).toMatchObject({ id: 'moscow', articles: 1, mentions: 5 });
    expect(summaries.find((s) => s.id === 'luhansk')).toMatchObject({ articles: 2 });
  });

  test("the timeline's rows: every mention's reviewed dates, with its article's date", async () => {
    const db = await fresh();
    const seed = readCollectionFiles(SEED_DIR);
    await importCollection(
      db,
      parseCollection({
        places: { type: 'FeatureCollection', features: seed.places },
        articles: [...seed.articles, LATER],
      }),
    );
    const { rows, articles } = await timelineRows(db);
    const data = buildTimeline(rows, articles);
    // January 2022: Moscow ¶ 4 and Brussels ¶ 12 of the seed, and the later report's Friday.
    const jan = inRange(data, { from: 2022 * 12, to: 2022 * 12 });
    expect(Object.fromEntries(jan.counts)).toEqual({ moscow: 1, brussels: 1, luhansk: 1 });
    expect(data.published).toEqual([
      [2021 * 12 + 11, 1],
      [2022 * 12, 1],
    ]);
    const one = await timelineRows(db, 'later-report');
    expect(one.rows).toHaveLength(1);
    expect(one.articles).toEqual([{ value: '2022-01-15', precision: 'day', inferred: false }]);
  });

  test('an import that fails half-way leaves the collection as it was', async () => {
    const db = await fresh();
    await importCollection(db, readCollectionFiles(SEED_DIR));
    const before = collectionFiles(await exportCollection(db));
    // Passes the file checks, then breaks the database's own rule half-way (an unknown place).
    const broken = {
      ...LATER,
      slug: 'broken',
      mentions: [{ ...LATER.mentions[0], place: 'nowhere' }],
      places: [{ place: 'nowhere', summary: 'Nowhere.' }],
    };
    await expect(
      importCollection(db, { places: [], articles: [{ ...LATER, slug: 'first-half' }, broken] }),
    ).rejects.toThrow();
    expect(collectionFiles(await exportCollection(db))).toEqual(before);
  });
});

describe('checking import files', () => {
  const seed = () => ({
    places: JSON.parse(readFileSync(path.join(SEED_DIR, 'places.geojson'), 'utf8')),
    articles: [structuredClone(seedFile) as unknown],
  });
  const problems = (raw: { places: unknown; articles: unknown[] }) => {
    try {
      parseCollection(raw);
    } catch (e) {
      return (e as CollectionError).problems;
    }
    return [];
  };

  test('the seed passes', () => {
    expect(problems(seed())).toEqual([]);
  });

  test('a duplicate slug names the slug', () => {
    const raw = seed();
    raw.articles.push(structuredClone(seedFile));
    expect(problems(raw)).toEqual(['article "putin-keeps-all-options-open" slug: duplicate slug']);
  });

  test('a span outside its paragraph names the article and the mention', () => {
    const raw = seed();
    const a = raw.articles[0] as ArticleFile;
    a.mentions[0] = { ...a.mentions[0], end: 5000 };
    expect(problems(raw)).toContainEqual(
      expect.stringMatching(
        /^article "putin-keeps-all-options-open" mentions\[0\]\.end: span \d+–5000 is outside ¶ 2 \(\d+ characters\)$/,
      ),
    );
  });

  test("a stored date whose words are not the paragraph's names the mention and the field", () => {
    const raw = seed();
    const a = raw.articles[0] as ArticleFile;
    const i = a.mentions.findIndex((m) => m.dates?.length);
    const date = a.mentions[i].dates![0];
    a.mentions[i].dates![0] = { ...date, text: 'February' };
    expect(problems(raw)).toContain(
      `article "putin-keeps-all-options-open" mentions[${i}].dates[0].text: is not the paragraph's words at ${date.start}–${date.end}`,
    );
  });

  test('a stored date that ends before it starts is rejected, naming the field', () => {
    const raw = seed();
    const a = raw.articles[0] as ArticleFile;
    const i = a.mentions.findIndex((m) => m.dates?.length);
    a.mentions[i].dates![0].value = { from: '2022-01', to: '2021-12' };
    expect(problems(raw)).toContain(
      `article "putin-keeps-all-options-open" mentions[${i}].dates[0].value: from must not be after to`,
    );
  });

  test('a mention of an unknown place is rejected', () => {
    const raw = seed();
    const a = raw.articles[0] as ArticleFile;
    a.mentions[0] = { ...a.mentions[0], place: 'atlantis' };
    expect(problems(raw)).toContain(
      'article "putin-keeps-all-options-open" mentions[0].place: no place "atlantis" in the collection',
    );
  });

  test('a paragraph that no longer exists after a revision is rejected', () => {
    const raw = seed();
    const a = raw.articles[0] as ArticleFile;
    a.earlierRevisions = [{ revision: 1, paragraphs: a.paragraphs }];
    a.revision = 2;
    a.paragraphs = a.paragraphs.slice(0, 10);
    expect(problems(raw)).toContainEqual(
      expect.stringMatching(
        /mentions\[\d+\]\.paragraph: ¶ 1[1-5] does not exist in revision 2 \(it has 10\)/,
      ),
    );
  });

  test('text with markup is rejected, naming the field', () => {
    const raw = seed();
    const a = raw.articles[0] as ArticleFile;
    a.paragraphs[2].text = '<b>Moscow</b> said so.';
    expect(problems(raw)).toContain(
      'article "putin-keeps-all-options-open" paragraphs[2].text: markup or script is not allowed in text',
    );
  });

  test('a place with a broken geometry names the place and the field', () => {
    const raw = seed();
    raw.places.features[0].geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [0, 1],
        ],
      ],
    };
    expect(problems(raw)).toContain(
      'place "moscow" geometry.type: a city needs Point, not Polygon',
    );
  });
});
