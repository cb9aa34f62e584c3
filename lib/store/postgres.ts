// PostgreSQL, for collections that outgrow one machine: DATABASE_URL=postgres://…
import pg from 'pg';
import type { Db, Params } from './db';

/** `?` placeholders (the store's SQL) to PostgreSQL's `$1, $2, …`. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Queryable = Pick<pg.Pool, 'query'>;

function ops(client: Queryable, begin?: () => Promise<pg.PoolClient>): Db {
  const query = async <T>(sql: string, params: Params = []) =>
    (await client.query(numberPlaceholders(sql), params as unknown[])).rows as T[];
  return {
    dialect: 'postgres',
    all: query,
    async get<T>(sql: string, params?: Params) {
      return (await query<T>(sql, params))[0];
    },
    async run(sql: string, params?: Params) {
      await query(sql, params);
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      if (!begin) return fn(this);
      const c = await begin();
      try {
        await c.query('BEGIN');
        const result = await fn(ops(c));
        await c.query('COMMIT');
        return result;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    },
    async close() {
      if (begin) await (client as pg.Pool).end();
    },
  };
}

export function openPostgres(url: string): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5000,
  });
  // An idle client losing its connection (the server restarting) must not crash the process.
  pool.on('error', (e) => console.error(`[store] idle PostgreSQL connection failed: ${e.message}`));
  return ops(pool, () => pool.connect());
}
