// Shared by the PostgreSQL browser tests: the database itself, and the throwaway cluster's switch.
import { execFileSync } from 'node:child_process';
import { openPostgres } from '../../lib/store/postgres';
import { importCollection, allPlaces } from '../../lib/store/collection-store';
import { parseCollection } from '../../lib/collection/validate';
import type { ArticleFile } from '../../lib/collection/model';

/** An article that only PostgreSQL holds: the embedded database never sees it. */
export const PG_ONLY: ArticleFile = {
  slug: 'postgres-only-report',
  title: 'A report only PostgreSQL holds',
  publisher: 'Test Wire',
  date: { value: '2022-01-15', precision: 'day', inferred: false },
  language: 'en',
  revision: 1,
  paragraphs: [
    { n: 1, kind: 'body', text: 'Shelling was reported near Luhansk. Nobody was hurt.' },
  ],
  places: [{ place: 'luhansk', summary: 'Where shelling was reported.' }],
  mentions: [{ place: 'luhansk', paragraph: 1, start: 0, end: 35 }],
};

/** Adds PG_ONLY to the app's database (import replaces by slug, so running twice is fine). */
export async function insertPgOnlyArticle() {
  const db = openPostgres(process.env.DATABASE_URL!);
  try {
    const places = await allPlaces(db);
    const collection = parseCollection({
      places: { type: 'FeatureCollection', features: places },
      articles: [PG_ONLY],
    });
    await importCollection(db, { places: [], articles: collection.articles });
  } finally {
    await db.close();
  }
}

/** `bash scripts/pg-cluster.sh stop|restart` on the cluster the script started (PG_TEST_*). */
export function cluster(command: 'stop' | 'restart') {
  execFileSync('bash', ['scripts/pg-cluster.sh', command], { stdio: 'inherit' });
}
