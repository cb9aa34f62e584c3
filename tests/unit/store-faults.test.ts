// Faults: a database that is missing, unreadable, locked or unreachable comes out as
// StoreUnavailableError (pages answer 503); an import that fails leaves the collection as it was.
// The command-line import runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
import { afterEach, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { StoreUnavailableError, type Db } from '@/lib/store/db';
import { openStore, prepare } from '@/lib/store/open';
import { exportCollection } from '@/lib/store/collection-store';
import { collectionFiles } from '@/lib/collection/files';
import { openSqlite } from '@/lib/store/sqlite';
import { isConnectionError, openPostgres } from '@/lib/store/postgres';
import type { ArticleFile } from '@/lib/collection/model';
import { repoPath } from './helpers';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'store-faults-'));
const SEED_DIR = repoPath('data/collection');

/** Runs openStore with COLLECTION_DB (and no DATABASE_URL) pointing at `file`. */
async function openAt(file: string) {
  const saved = { db: process.env.COLLECTION_DB, url: process.env.DATABASE_URL };
  process.env.COLLECTION_DB = file;
  delete process.env.DATABASE_URL;
  try {
    return await openStore(SEED_DIR);
  } finally {
    if (saved.db === undefined) delete process.env.COLLECTION_DB;
    else process.env.COLLECTION_DB = saved.db;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
  }
}

const closers: (() => unknown)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

describe('the embedded database, unavailable', () => {
  test('a file that is not a database', async () => {
    const file = path.join(tmp(), 'c.sqlite');
    writeFileSync(
      file,
      'this is not a database, but it is long enough to have a header. '.repeat(4),
    );
    await expect(openAt(file)).rejects.toThrow(StoreUnavailableError);
    await expect(openAt(file)).rejects.toThrow(/unavailable: file is not a database/);
  });

  test('a path that cannot be opened (a folder, or under a file)', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'folder.sqlite'));
    await expect(openAt(path.join(dir, 'folder.sqlite'))).rejects.toThrow(StoreUnavailableError);
    writeFileSync(path.join(dir, 'plain'), '');
    await expect(openAt(path.join(dir, 'plain', 'c.sqlite'))).rejects.toThrow(
      /unavailable: (EEXIST|ENOTDIR)/,
    );
  });

  test('a file another process holds locked', async () => {
    const file = path.join(tmp(), 'c.sqlite');
    const other = new Database(file);
    closers.push(() => other.close());
    other.exec('CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);');
    closers.push(() => other.exec('ROLLBACK'));
    // Waits out better-sqlite3's default 5 s busy timeout, then gives up.
    await expect(openAt(file)).rejects.toThrow(/unavailable: database is locked/);
  }, 20_000);

  test('a working database answers again after the fault is gone', async () => {
    const file = path.join(tmp(), 'c.sqlite');
    writeFileSync(file, 'not a database '.repeat(20));
    await expect(openAt(file)).rejects.toThrow(StoreUnavailableError);
    writeFileSync(file, '');
    const db = await openAt(file);
    closers.push(() => db.close());
    expect(db.dialect).toBe('sqlite');
  });

  test('a query on a file that went bad is unavailable, not a bug', async () => {
    const file = path.join(tmp(), 'c.sqlite');
    const db = openSqlite(file);
    closers.push(() => db.close());
    await expect(db.exec('PRAGMA query_only = ON; CREATE TABLE t (x)')).rejects.toThrow(
      StoreUnavailableError,
    );
    await expect(db.all('SELECT * FROM no_such_table')).rejects.not.toThrow(StoreUnavailableError);
  });
});

describe('PostgreSQL, unreachable', () => {
  test('no server at the address: StoreUnavailableError naming the cause', async () => {
    const db = openPostgres('postgres://postgres@127.0.0.1:9/ucm');
    closers.push(() => db.close());
    await expect(db.all('SELECT 1')).rejects.toThrow(StoreUnavailableError);
    await expect(db.transaction(async (tx) => tx.all('SELECT 1'))).rejects.toThrow(
      /unavailable: .*ECONNREFUSED/,
    );
  });

  test.each([
    [{ code: 'ECONNREFUSED' }, true],
    [{ code: '57P01', message: 'terminating connection due to administrator command' }, true],
    [{ code: '08006' }, true],
    [{ code: '3D000', message: 'database "ucm" does not exist' }, true],
    [{ message: 'Connection terminated unexpectedly' }, true],
    [{ code: '23505', message: 'duplicate key value violates unique constraint' }, false],
    [{ code: '42P01', message: 'relation "nope" does not exist' }, false],
  ])('%o is a connection error: %s', (e, expected) => {
    expect(isConnectionError(e)).toBe(expected);
  });
});

const run = promisify(execFile);

/** `npm run data:<command>` (tsx scripts/db.ts) with env; never throws, returns what it printed. */
async function dbScript(args: string[], env: Record<string, string>) {
  try {
    const tsx = repoPath('node_modules/.bin/tsx');
    const { stdout, stderr } = await run(tsx, ['scripts/db.ts', ...args], {
      cwd: repoPath(''),
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** The database the command line will use (its env), opened here too, with the seed loaded. */
type Backend = () => Promise<{ env: Record<string, string>; db: Db }>;
const backends: [string, Backend][] = [
  [
    'SQLite',
    async () => {
      const file = path.join(tmp(), 'c.sqlite');
      return { env: { COLLECTION_DB: file, DATABASE_URL: '' }, db: openSqlite(file) };
    },
  ],
];
if (process.env.TEST_DATABASE_URL) {
  const url = process.env.TEST_DATABASE_URL;
  backends.push([
    'PostgreSQL',
    async () => {
      const db = openPostgres(url);
      await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      return { env: { DATABASE_URL: url }, db };
    },
  ]);
}

describe.each(backends)('npm run data:import on %s', (_name, backend) => {
  test('a bad file: exit code 1, the slug and field named, the collection unchanged', async () => {
    const { env, db } = await backend();
    closers.push(() => db.close());
    await prepare(db, SEED_DIR);
    const before = collectionFiles(await exportCollection(db));

    // A good new article, then a bad one: neither may land.
    const dir = tmp();
    cpSync(SEED_DIR, dir, { recursive: true });
    const seed = JSON.parse(
      readFileSync(path.join(dir, 'articles', 'putin-keeps-all-options-open.json'), 'utf8'),
    ) as ArticleFile;
    const good: ArticleFile = { ...seed, slug: 'a-good-one', earlierRevisions: undefined };
    const bad: ArticleFile = {
      ...seed,
      slug: 'z-bad-one',
      mentions: seed.mentions.map((m, i) => (i === 1 ? { ...m, end: 99999 } : m)),
    };
    for (const a of [good, bad])
      writeFileSync(path.join(dir, 'articles', `${a.slug}.json`), JSON.stringify(a, null, 2));

    const result = await dbScript(['import', '--dir', dir], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/article "z-bad-one" mentions\[1\]\.end: span \d+–99999/);
    expect(collectionFiles(await exportCollection(db))).toEqual(before);
  }, 180_000);
});
