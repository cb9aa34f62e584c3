// The collection at scale (issue 10 part 4), at the database: generates the synthetic collection
// (5,000 articles, 2,000 places, 100,000 mentions), imports it into the embedded SQLite file and
// into PostgreSQL (a throwaway cluster from scripts/pg-cluster.sh, or BENCH_DATABASE_URL), and
// measures import time, size on disk, the most-mentioned place's first page of excerpts and, when
// search is built, the ten fixed search queries. Prints a table; returns the numbers to bench.mjs.
// Run alone: `node --import tsx bench/collection.mjs` (npm run bench runs it).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { appModule } from './app-modules.mjs';
import { percentile } from './measure.mjs';

const DIR = 'bench/.synthetic/collection';
const SQLITE = 'bench/.synthetic/collection.sqlite';
const REPEAT = 50;

const sh = (cmd, env = {}) =>
  execSync(cmd, { encoding: 'utf8', env: { ...process.env, ...env } }).trim();

async function timeQueries(db, run) {
  const ms = [];
  for (let i = 0; i < REPEAT; i++) {
    const t = performance.now();
    await run(db);
    ms.push(performance.now() - t);
  }
  return ms;
}

async function measureDb(label, env) {
  const started = performance.now();
  const log = sh('npx tsx scripts/db.ts import', { COLLECTION_DIR: DIR, ...env });
  const importS = (performance.now() - started) / 1000;
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const { openDb } = appModule('../lib/store/open.ts');
  const store = appModule('../lib/store/collection-store.ts');
  const db = await openDb();
  // Put the environment back as it was: a key it did not have (DATABASE_URL) is removed, or the
  // servers started after this would look for the throwaway cluster, stopped by then.
  for (const key of Object.keys(env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  try {
    const [most] = await store.listPlaceSummaries(db);
    const firstPage = await timeQueries(db, (d) => store.placeMentions(d, most.id, 50));
    const result = {
      label,
      import: log,
      importSeconds: Math.round(importS * 10) / 10,
      mostMentioned: { id: most.id, mentions: most.mentions },
      placePageP95Ms: Math.round(percentile(firstPage, 95) * 10) / 10,
    };
    if (existsSync('lib/store/search.ts') && existsSync('bench/search-queries.json')) {
      const { searchCollection } = appModule('../lib/store/search.ts');
      const queries = JSON.parse(readFileSync('bench/search-queries.json', 'utf8'));
      const all = [];
      for (const q of queries)
        all.push(...(await timeQueries(db, (d) => searchCollection(d, q, 20))));
      result.searchP95Ms = Math.round(percentile(all, 95) * 10) / 10;
    }
    if (db.dialect === 'postgres') {
      const r = await db.get('SELECT pg_database_size(current_database()) AS b');
      result.sizeBytes = Number(r.b);
    } else {
      result.sizeBytes = ['', '-wal', '-shm']
        .map((s) => (existsSync(SQLITE + s) ? statSync(SQLITE + s).size : 0))
        .reduce((a, b) => a + b, 0);
    }
    return result;
  } finally {
    await db.close();
  }
}

export async function benchCollection() {
  sh('node bench/generate-collection.mjs');
  for (const s of ['', '-wal', '-shm']) rmSync(SQLITE + s, { force: true });
  const results = [await measureDb('SQLite (embedded)', { COLLECTION_DB: SQLITE })];
  let url = process.env.BENCH_DATABASE_URL;
  const own = !url && existsSync('scripts/pg-cluster.sh');
  const pgEnv = { PG_TEST_DIR: '/tmp/ucm-pg-bench', PG_TEST_PORT: '55499' };
  try {
    if (own) url = sh('bash scripts/pg-cluster.sh start', pgEnv);
    if (url) results.push(await measureDb('PostgreSQL', { DATABASE_URL: url }));
  } catch (e) {
    console.error(`PostgreSQL not measured: ${e.message}`);
  } finally {
    if (own) sh('bash scripts/pg-cluster.sh stop || true', pgEnv);
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchCollection();
  console.table(
    results.map((r) => ({
      database: r.label,
      'import s (≤ 60)': r.importSeconds,
      'size MB': Math.round(r.sizeBytes / 1e5) / 10,
      [`/places/${r.mostMentioned.id} first 50 of ${r.mostMentioned.mentions}, p95 ms`]:
        r.placePageP95Ms,
      'search p95 ms (≤ 50)': r.searchP95Ms ?? 'n/a',
    })),
  );
}
