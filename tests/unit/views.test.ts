// The collection's views with a second article (here only: data/collection stays the demo
// collection): the map's places, the place page's groups and pages, how articles are named.
import { afterEach, describe, expect, test } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '@/lib/store/db';
import { openSqlite } from '@/lib/store/sqlite';
import { migrate } from '@/lib/store/migrations';
import { importCollection, mentionedPlaces, placeMentions } from '@/lib/store/collection-store';
import { readCollectionFiles } from '@/lib/store/open';
import { parseCollection } from '@/lib/collection/validate';
import type { ArticleFile } from '@/lib/collection/model';
import { groupByArticle, pageCount } from '@/lib/group-excerpts';
import { countsLabel, dateLabel, publisherLabel } from '@/lib/article-meta';
import { repoPath } from './helpers';
import { seedFile } from '../seed';

/** A second article, dated after the seed, naming Luhansk and Moscow; written out by hand. */
const LATER: ArticleFile = {
  slug: 'later-report',
  title: 'Shelling reported near Luhansk',
  publisher: 'Test Wire',
  date: { value: '2022-01-15', precision: 'day', inferred: false },
  language: 'en',
  revision: 1,
  paragraphs: [
    { n: 1, kind: 'body', text: 'Shelling was reported near Luhansk on Friday. Nobody was hurt.' },
    { n: 2, kind: 'body', text: 'Moscow denied any part in it. Talks go on.' },
  ],
  places: [
    { place: 'luhansk', summary: 'Where shelling was reported.' },
    { place: 'moscow', summary: 'Which denied any part in the shelling.' },
  ],
  mentions: [
    { place: 'luhansk', paragraph: 1, start: 0, end: 45 },
    { place: 'moscow', paragraph: 2, start: 0, end: 29 },
  ],
};

const open: Db[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function twoArticles() {
  const db = openSqlite(path.join(mkdtempSync(path.join(tmpdir(), 'views-')), 'c.sqlite'));
  open.push(db);
  await migrate(db);
  const seed = readCollectionFiles(repoPath('data/collection'));
  await importCollection(
    db,
    parseCollection({
      places: { type: 'FeatureCollection', features: seed.places },
      articles: [...seed.articles, LATER],
    }),
  );
  return db;
}

describe('the map of the whole collection', () => {
  test('has every place of every article once, with the newest article’s summary', async () => {
    const db = await twoArticles();
    const rows = await mentionedPlaces(db);
    expect(rows.map((r) => r.place.id)).toEqual(seedFile.places.map((p) => p.place));
    expect(rows.find((r) => r.place.id === 'luhansk')!.summary).toBe(
      'Where shelling was reported.',
    );
    expect(rows.find((r) => r.place.id === 'crimea')!.summary).toBe(
      seedFile.places.find((p) => p.place === 'crimea')!.summary,
    );
  });
});

describe('a place’s excerpts, grouped by article', () => {
  test('newest article first, each group in paragraph order, quotes verbatim', async () => {
    const db = await twoArticles();
    const { total, items } = await placeMentions(db, 'moscow', 50);
    const seedMoscow = seedFile.mentions.filter((m) => m.place === 'moscow');
    expect(total).toBe(seedMoscow.length + 1);
    const groups = groupByArticle(items);
    expect(groups.map((g) => g.article.slug)).toEqual(['later-report', seedFile.slug]);
    // Its mention has no reviewed dates (null: undated on the timeline).
    expect(groups[0].excerpts).toEqual([
      { paragraph: 2, text: 'Moscow denied any part in it.', dates: null },
    ]);
    expect(groups[1].excerpts.map((e) => e.paragraph)).toEqual(seedMoscow.map((m) => m.paragraph));
  });

  test('a page that starts inside an article continues its group', async () => {
    const db = await twoArticles();
    const page2 = await placeMentions(db, 'moscow', 3, 3);
    const groups = groupByArticle(page2.items);
    expect(groups).toHaveLength(1);
    expect(groups[0].article.slug).toBe(seedFile.slug);
    expect(groups[0].excerpts).toHaveLength(3);
  });

  test('pages of 50', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
    expect(pageCount(1234)).toBe(25);
  });
});

describe('how an article is named', () => {
  test('publisher, or that none is printed; the date as precise as known', () => {
    expect(publisherLabel(null)).toBe('Publisher not printed');
    expect(publisherLabel('Test Wire')).toBe('Test Wire');
    expect(dateLabel({ value: '2021-12', precision: 'month', inferred: true })).toBe(
      'December 2021 (inferred)',
    );
    expect(dateLabel({ value: '2022-01-05', precision: 'day', inferred: false })).toBe(
      '5 January 2022',
    );
    expect(dateLabel({ value: '2020', precision: 'year', inferred: false })).toBe('2020');
    expect(countsLabel(1, 1)).toBe('1 place · 1 excerpt');
    expect(countsLabel(6, 1234)).toBe('6 places · 1,234 excerpts');
  });
});
