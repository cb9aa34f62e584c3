// The embedded database: one SQLite file in WAL mode, so `next build`'s worker processes and a
// running server can all read at once while one process writes.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Db, Params } from './db';

export function openSqlite(file: string): Db {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 15000');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
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
        return prepare(sql).all(...params) as T[];
      },
      async get<T>(sql: string, params: Params = []) {
        await wait();
        return prepare(sql).get(...params) as T | undefined;
      },
      async run(sql: string, params: Params = []) {
        await wait();
        prepare(sql).run(...params);
      },
      async exec(sql: string) {
        await wait();
        db.exec(sql);
      },
      async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
        if (inTx) return fn(ops(true));
        const run = async () => {
          db.exec('BEGIN IMMEDIATE');
          try {
            const result = await fn(ops(true));
            db.exec('COMMIT');
            return result;
          } catch (e) {
            db.exec('ROLLBACK');
            throw e;
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
