// Versioned migrations, applied in order, each in its own transaction, recorded in
// schema_migrations. A migration is never edited once shipped: a change is a new version.
import type { Db, Dialect } from './db';
import { rebuildSearchDocs } from './search-docs';

type Migration = {
  version: number;
  name: string;
  sql: (d: Dialect) => string;
  /** Fills what the SQL created from the rows already there, in the same transaction. */
  data?: (tx: Db) => Promise<void>;
};

const KINDS = ['place', 'article', 'excerpt'] as const;

// Rows are inserted and deleted, never updated (an import replaces them), so no UPDATE trigger.
const SQLITE_SEARCH = KINDS.map(
  (k) => `
    CREATE VIRTUAL TABLE search_fts_${k} USING fts5(
      terms, content='search_docs', content_rowid='id', tokenize='unicode61'
    );
    CREATE TRIGGER search_docs_${k}_ai AFTER INSERT ON search_docs WHEN new.kind = '${k}' BEGIN
      INSERT INTO search_fts_${k} (rowid, terms) VALUES (new.id, new.terms);
    END;
    CREATE TRIGGER search_docs_${k}_ad AFTER DELETE ON search_docs WHEN old.kind = '${k}' BEGIN
      INSERT INTO search_fts_${k} (search_fts_${k}, rowid, terms) VALUES ('delete', old.id, old.terms);
    END;`,
).join('');

const SQLITE_PREFIX_SEARCH = KINDS.map(
  (k) => `
    DROP TABLE search_fts_${k};
    CREATE VIRTUAL TABLE search_fts_${k} USING fts5(
      terms, content='search_docs', content_rowid='id', tokenize='unicode61', prefix='1 2 3'
    );
    INSERT INTO search_fts_${k} (rowid, terms) SELECT id, terms FROM search_docs WHERE kind = '${k}';`,
).join('');

const POSTGRES_SEARCH = `
  ALTER TABLE search_docs ADD COLUMN tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', terms)) STORED;
  ${KINDS.map((k) => `CREATE INDEX search_docs_tsv_${k} ON search_docs USING GIN (tsv) WHERE kind = '${k}';`).join('\n  ')}
`;

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
  {
    version: 2,
    name: 'full-text search: search_docs and its index (FTS5 or tsvector + GIN)',
    // One row per place (name and aliases), per article (title) and per excerpt (a distinct span
    // of a paragraph). `terms` holds the words as lib/search-query.ts cuts them, so both databases
    // and the static export's browser search agree on what a word is. Rows go with their article
    // or place (ON DELETE CASCADE). Each kind has its own index (the excerpts outnumber the rest
    // a hundred to one): three FTS5 tables kept in step by triggers on SQLite, three partial GIN
    // indexes on PostgreSQL.
    sql: (d) => `
      CREATE TABLE search_docs (
        id ${d === 'postgres' ? 'BIGSERIAL' : 'INTEGER'} PRIMARY KEY,
        kind TEXT NOT NULL,
        place_id TEXT REFERENCES places(id) ON DELETE CASCADE,
        article_slug TEXT REFERENCES articles(slug) ON DELETE CASCADE,
        paragraph INTEGER,
        start_at INTEGER,
        end_at INTEGER,
        terms TEXT NOT NULL
      );
      CREATE INDEX search_docs_by_place ON search_docs (place_id);
      CREATE INDEX search_docs_by_article ON search_docs (article_slug);
      ${d === 'postgres' ? POSTGRES_SEARCH : SQLITE_SEARCH}
    `,
    data: rebuildSearchDocs,
  },
  {
    version: 3,
    name: 'full-text search on SQLite: prefix indexes for 1-3 letter prefixes',
    // The last word of a query is a prefix ("Crim" finds Crimea). Without prefix indexes FTS5
    // walks every term that starts with it: "7"* or "day"* cost 60 ms over 100,000 excerpts.
    // The tables are rebuilt from search_docs; the triggers of version 2 keep writing to them.
    // PostgreSQL's GIN index answers prefixes as they are: nothing to do there.
    sql: (d) => (d === 'postgres' ? 'SELECT 1;' : SQLITE_PREFIX_SEARCH),
  },
  {
    version: 4,
    name: 'editors, sessions, sign-in attempts, audit log; articles published or unpublished',
    // Written to only by lib/auth/ and lib/store/publish.ts. A session is kept as the SHA-256 of
    // its token, so the table alone cannot sign anyone in. Sign-in attempts are rows (not memory)
    // so the rate limit survives a restart. Times are ISO 8601 UTC strings, which sort as text.
    // An unpublished article keeps its rows (the audit log points at them) and leaves every list,
    // map, place page and search (lib/store/collection-store.ts, search.ts filter on status).
    sql: (d) => {
      const serial = d === 'postgres' ? 'BIGSERIAL' : 'INTEGER';
      return `
      ALTER TABLE articles ADD COLUMN status TEXT NOT NULL DEFAULT 'published';
      CREATE INDEX articles_by_title ON articles (title);
      CREATE TABLE editors (
        name TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE editor_sessions (
        token_hash TEXT PRIMARY KEY,
        editor TEXT NOT NULL REFERENCES editors(name) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX editor_sessions_by_expiry ON editor_sessions (expires_at);
      CREATE TABLE sign_in_attempts (
        id ${serial} PRIMARY KEY,
        name TEXT NOT NULL,
        ip TEXT NOT NULL,
        at TEXT NOT NULL,
        ok INTEGER NOT NULL
      );
      CREATE INDEX sign_in_attempts_by_key ON sign_in_attempts (name, ip, at);
      CREATE TABLE audit_log (
        id ${serial} PRIMARY KEY,
        editor TEXT NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('publish', 'unpublish', 'correct')),
        article_slug TEXT NOT NULL,
        revision INTEGER NOT NULL,
        detail TEXT NOT NULL
      );
      CREATE INDEX audit_log_by_article ON audit_log (article_slug, id);
    `;
    },
  },
  {
    version: 5,
    name: 'the reviewed dates each mention states',
    // JSON (model.ts statedDateSchema[]): NULL where nobody has reviewed the mention's dates.
    sql: () => 'ALTER TABLE mentions ADD COLUMN dates TEXT;',
  },
  {
    version: 6,
    name: 'article_places by place',
    // The map's places (mentionedPlaces: each place's newest summary and article count) asked
    // article_places by place with no index: 28 s for the 5,000-article collection.
    sql: () => 'CREATE INDEX article_places_by_place ON article_places (place_id, article_slug);',
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
      await m.data?.(tx);
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
