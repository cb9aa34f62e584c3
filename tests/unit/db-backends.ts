// The databases the store's tests run on: SQLite always, PostgreSQL too when TEST_DATABASE_URL is
// set (`npm run test:postgres`). Each call gives an empty, migrated database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '@/lib/store/db';
import { openSqlite } from '@/lib/store/sqlite';
import { openPostgres } from '@/lib/store/postgres';

async function resetPostgres(url: string) {
  const db = openPostgres(url);
  await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  return db;
}

export const backends: [string, () => Promise<Db>][] = [
  [
    'SQLite',
    async () => openSqlite(path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'c.sqlite')),
  ],
];
if (process.env.TEST_DATABASE_URL)
  backends.push(['PostgreSQL', () => resetPostgres(process.env.TEST_DATABASE_URL!)]);
