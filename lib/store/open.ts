// Opens the collection's database: PostgreSQL when DATABASE_URL is set, else the embedded SQLite
// file (COLLECTION_DB, default .data/collection.sqlite). Migrates it, and loads the collection's
// files (COLLECTION_DIR, default data/collection) when it holds no article yet. No 'server-only'
// here: the scripts (import, export, setup) use it too; lib/data-server.ts is the app's door.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { StoreUnavailableError, type Db, type Dialect } from './db';
import { migrate } from './migrations';
import { countArticles, countPublishedArticles, importCollection } from './collection-store';
import { parseCollection } from '../collection/validate';
import type { Collection } from '../collection/model';

export const COLLECTION_DIR = process.env.COLLECTION_DIR || path.join('data', 'collection');

export function sqlitePath(): string {
  return process.env.COLLECTION_DB || path.join('.data', 'collection.sqlite');
}

export async function openDb(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(url);
  }
  const { openSqlite } = await import('./sqlite');
  return openSqlite(sqlitePath());
}

/** Reads and checks the collection's files: places.geojson and articles/<slug>.json. */
export function readCollectionFiles(dir = COLLECTION_DIR): Collection {
  const read = (f: string) => {
    try {
      return JSON.parse(readFileSync(f, 'utf8')) as unknown;
    } catch (e) {
      throw new Error(`${f}: ${(e as Error).message}`);
    }
  };
  const articleDir = path.join(dir, 'articles');
  const files = readdirSync(articleDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return parseCollection({
    places: read(path.join(dir, 'places.geojson')),
    articles: files.map((f) => read(path.join(articleDir, f))),
  });
}

/** Migrates, and seeds from the files if the collection is empty. */
export async function prepare(db: Db, dir = COLLECTION_DIR): Promise<void> {
  await migrate(db);
  if ((await countArticles(db)) > 0) return;
  const collection = readCollectionFiles(dir);
  await db.transaction(async (tx) => {
    // Another process may have seeded it while this one waited for the write lock.
    if (tx.dialect === 'postgres') await tx.get('SELECT pg_advisory_xact_lock(20211226)');
    if ((await countArticles(tx)) === 0) await importCollection(tx, collection);
  });
}

/**
 * The store, opened, migrated and seeded. Whatever stops that (no server, a locked or unreadable
 * file, a migration that cannot run) comes out as StoreUnavailableError with the cause attached.
 */
export async function openStore(dir = COLLECTION_DIR): Promise<Db> {
  let db: Db | undefined;
  try {
    db = await openDb();
    await prepare(db, dir);
    return db;
  } catch (e) {
    await db?.close().catch(() => undefined);
    throw e instanceof StoreUnavailableError ? e : new StoreUnavailableError(e);
  }
}

export type Health = { dialect: Dialect; articles: number };

/** One query that proves the database answers: what /api/health reports (published articles). */
export async function storeHealth(db: Db): Promise<Health> {
  return { dialect: db.dialect, articles: await countPublishedArticles(db) };
}
