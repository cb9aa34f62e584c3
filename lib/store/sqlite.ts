// The embedded database: one SQLite file in WAL mode, so `next build`'s worker processes and a
// running server can all read at once while one process writes.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { asUnavailable, type Db, type Params } from './db';

const FILE_ERRORS = new Set([
  'ENOENT',
  'EACCES',
  'EPERM',
  'ENOTDIR',
  'EISDIR',
  'EEXIST',
  'EROFS',
  'ENOSPC',
]);

/**
 * The file is missing, unreadable, not a database, damaged or locked by another process past the
 * busy timeout: the collection is unavailable, not the request wrong.
 */
export function isFileError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string') return false;
  return (
    FILE_ERRORS.has(code) ||
    /^SQLITE_(BUSY|LOCKED|CANTOPEN|NOTADB|IOERR|CORRUPT|READONLY|PERM|AUTH|FULL)/.test(code)
  );
}

/** Runs fn; a file or lock error comes out as StoreUnavailableError. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw asUnavailable(e, isFileError);
  }
}

export function openSqlite(file: string): Db {
  const db = guard(() => {
    mkdirSync(path.dirname(file), { recursive: true });
    const d = new Database(file);
    try {
      d.pragma('journal_mode = WAL');
      d.pragma('busy_timeout = 15000');
      d.pragma('foreign_keys = ON');
      d.pragma('synchronous = NORMAL');
    } catch (e) {
      d.close();
      throw e;
    }
    return d;
  });
  // Statements are prepared once per SQL text.
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  // better-sqlite3 is synchronous, but a transaction's callback awaits; a lock keeps other callers
  // of this connection out of the transaction until it ends.
  let lock: Promise<unknown> = Promise.resolve();
  const ops = (inTx: boolean): Db => {
    const wait = async () => {
      if (!inTx) await lock;
    };
    return {
      dialect: 'sqlite',
      async all<T>(sql: string, params: Params = []) {
        await wait();
        return guard(() => prepare(sql).all(...params) as T[]);
      },
      async get<T>(sql: string, params: Params = []) {
        await wait();
        return guard(() => prepare(sql).get(...params) as T | undefined);
      },
      async run(sql: string, params: Params = []) {
        await wait();
        guard(() => prepare(sql).run(...params));
      },
      async exec(sql: string) {
        await wait();
        guard(() => db.exec(sql));
      },
      async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
        if (inTx) return fn(ops(true));
        const run = async () => {
          guard(() => db.exec('BEGIN IMMEDIATE'));
          try {
            const result = await fn(ops(true));
            db.exec('COMMIT');
            return result;
          } catch (e) {
            if (db.inTransaction) db.exec('ROLLBACK');
            throw asUnavailable(e, isFileError);
          }
        };
        const result = lock.then(run, run);
        lock = result.catch(() => undefined);
        return result;
      },
      async close() {
        await lock;
        db.close();
      },
    };
  };
  return ops(false);
}
