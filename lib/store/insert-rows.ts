// Batched inserts, shared by the collection's import and the search index's rows.
import type { Db } from './db';

export type Row = (string | number | null)[];

/**
 * Inserts rows a few hundred to a statement: one round trip per batch, not per row (PostgreSQL
 * over the network; 100,000 mentions would otherwise take minutes).
 */
export async function insertRows(tx: Db, into: string, rows: Row[], onConflict = '') {
  if (!rows.length) return;
  const width = rows[0].length;
  // SQLite allows 32,766 parameters a statement, PostgreSQL 65,535.
  const perStatement = Math.floor(30000 / width);
  const one = `(${Array(width).fill('?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const batch = rows.slice(i, i + perStatement);
    await tx.run(
      `INSERT INTO ${into} VALUES ${batch.map(() => one).join(', ')} ${onConflict}`,
      batch.flat(),
    );
  }
}
