// The one interface the store's queries use, over SQLite (embedded, the default) or PostgreSQL
// (DATABASE_URL). SQL is written once with `?` placeholders, in the subset both databases share.
export type Dialect = 'sqlite' | 'postgres';
export type Params = readonly (string | number | null)[];

export interface Db {
  readonly dialect: Dialect;
  all<T>(sql: string, params?: Params): Promise<T[]>;
  get<T>(sql: string, params?: Params): Promise<T | undefined>;
  run(sql: string, params?: Params): Promise<void>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs fn in one transaction: everything it wrote lands, or nothing does. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The database is missing, locked or unreachable: pages answer 503 and say so. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the database is unavailable: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** `e` as a StoreUnavailableError when `isUnavailable` says so, else `e` itself. */
export function asUnavailable(e: unknown, isUnavailable: (e: unknown) => boolean): unknown {
  return e instanceof StoreUnavailableError || !isUnavailable(e) ? e : new StoreUnavailableError(e);
}
