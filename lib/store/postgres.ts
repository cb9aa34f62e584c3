// PostgreSQL, for collections that outgrow one machine: DATABASE_URL=postgres://…
import pg from 'pg';
import { asUnavailable, StoreUnavailableError, type Db, type Params } from './db';

/** `?` placeholders (the store's SQL) to PostgreSQL's `$1, $2, …`. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);

/**
 * The server is down, restarting, refusing connections or gone: SQLSTATE classes 08 (connection),
 * 57P0x (shutting down, starting up), 53300 (too many connections), 3D000 (no such database),
 * 28 (authentication), the network's errors, and pg's own messages for a dropped connection.
 */
export function isConnectionError(e: unknown): boolean {
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NETWORK.has(code) || code === '53300' || code === '3D000') return true;
    if (code.startsWith('08') || code.startsWith('57P') || code.startsWith('28')) return true;
  }
  return (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|not queryable/i.test(message)
  );
}

type Queryable = Pick<pg.Pool, 'query'>;

function ops(client: Queryable, begin?: () => Promise<pg.PoolClient>): Db {
  const raw = async (sql: string, params: unknown[] = []) => {
    try {
      return await client.query(sql, params);
    } catch (e) {
      throw asUnavailable(e, isConnectionError);
    }
  };
  const query = async <T>(sql: string, params: Params = []) =>
    (await raw(numberPlaceholders(sql), params as unknown[])).rows as T[];
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
      await raw(sql);
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      if (!begin) return fn(this);
      let c: pg.PoolClient;
      try {
        c = await begin();
      } catch (e) {
        throw asUnavailable(e, isConnectionError);
      }
      let broken: Error | undefined;
      try {
        await c.query('BEGIN');
        const result = await fn(ops(c));
        await c.query('COMMIT');
        return result;
      } catch (e) {
        if (e instanceof StoreUnavailableError || isConnectionError(e)) broken = e as Error;
        else await c.query('ROLLBACK').catch(() => undefined);
        throw asUnavailable(e, isConnectionError);
      } finally {
        // A client whose connection broke is destroyed, not handed to the next caller.
        c.release(broken);
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
  // An idle client losing its connection (the server restarting) must not crash the process; the
  // pool drops it and opens new connections once the server is back, so nothing needs restarting.
  pool.on('error', (e) => console.error(`[store] idle PostgreSQL connection failed: ${e.message}`));
  return ops(pool, () => pool.connect());
}
