// Versioned migrations, applied in order, each in its own transaction, recorded in
// schema_migrations. A migration is never edited once shipped: a change is a new version.
import type { Db, Dialect } from './db';

type Migration = { version: number; name: string; sql: (d: Dialect) => string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, paragraphs, places, mentions',
    sql: () => `
      CREATE TABLE places (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        geometry TEXT NOT NULL,
        marker TEXT,
        aliases TEXT,
        geometry_source TEXT NOT NULL,
        marker_source TEXT,
        license TEXT NOT NULL
      );
      CREATE TABLE articles (
        slug TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        publisher TEXT,
        date_value TEXT NOT NULL,
        date_precision TEXT NOT NULL,
        date_inferred INTEGER NOT NULL,
        date_note TEXT,
        dateline TEXT,
        source_url TEXT,
        language TEXT NOT NULL,
        source_note TEXT,
        revision INTEGER NOT NULL,
        briefing TEXT
      );
      CREATE TABLE paragraphs (
        article_slug TEXT NOT NULL REFERENCES articles(slug) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        n INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (article_slug, revision, n)
      );
      CREATE TABLE article_places (
        article_slug TEXT NOT NULL REFERENCES articles(slug) ON DELETE CASCADE,
        place_id TEXT NOT NULL REFERENCES places(id),
        position INTEGER NOT NULL,
        summary TEXT NOT NULL,
        PRIMARY KEY (article_slug, place_id)
      );
      CREATE TABLE mentions (
        article_slug TEXT NOT NULL REFERENCES articles(slug) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        place_id TEXT NOT NULL REFERENCES places(id),
        paragraph INTEGER NOT NULL,
        start_at INTEGER NOT NULL,
        end_at INTEGER NOT NULL,
        excerpt TEXT NOT NULL,
        PRIMARY KEY (article_slug, position)
      );
      CREATE INDEX mentions_by_place ON mentions (place_id, article_slug, paragraph);
      CREATE INDEX articles_by_date ON articles (date_value, slug);
    `,
  },
];

async function appliedVersions(db: Db): Promise<Set<number>> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const rows = await db.all<{ version: number }>('SELECT version FROM schema_migrations');
  return new Set(rows.map((r) => Number(r.version)));
}

/** Applies every migration not yet applied; safe to run from several processes at once. */
export async function migrate(db: Db): Promise<number[]> {
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if ((await appliedVersions(db)).has(m.version)) continue;
    await db.transaction(async (tx) => {
      if (db.dialect === 'postgres')
        await tx.exec('LOCK TABLE schema_migrations IN EXCLUSIVE MODE');
      // Another process may have applied it while this one waited for the lock.
      const done = await tx.get('SELECT 1 AS x FROM schema_migrations WHERE version = ?', [
        m.version,
      ]);
      if (done) return;
      await tx.exec(m.sql(db.dialect));
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
      applied.push(m.version);
    });
  }
  return applied;
}
