// `npm run load`: autocannon against loopback only, bounded (50 connections × 10 s per URL).
// Needs a production build (`npm run build`). Writes bench/load-results.json; exits non-zero on
// any error or non-2xx answer. Besides the static pages: the most-mentioned place's page (rendered
// per request from the database) and two searches (the database's full-text index, per request).
import autocannon from 'autocannon';
import { existsSync, writeFileSync } from 'node:fs';
import { startServer } from './server.mjs';

import { appModule } from './app-modules.mjs';

const { openDb } = appModule('../lib/store/open.ts');
const { listPlaceSummaries } = appModule('../lib/store/collection-store.ts');
const { placePath, readerPath, searchPath } = appModule('../lib/urls.ts');

/** The place the collection mentions most, asked of the database the server reads. */
async function mostMentioned() {
  const db = await openDb();
  try {
    return (await listPlaceSummaries(db))[0].id;
  } finally {
    await db.close();
  }
}

const PATHS = [
  '/',
  '/places/luhansk',
  placePath(await mostMentioned()),
  searchPath('Luhansk'),
  searchPath('"Donetsk regions" -Moscow'),
  '/api/places',
  // `/article` answers 308 to the reader: the reader itself is what a reader loads.
  readerPath('putin-keeps-all-options-open'),
];
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const DURATION = Number(process.env.LOAD_SECONDS ?? 10);

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build: run `npm run build` first.');
  process.exit(2);
}
const server = await startServer({ port: Number(process.env.LOAD_PORT ?? 3300) });
const rows = [];
try {
  for (const path of PATHS) {
    const r = await autocannon({
      url: server.url + path,
      connections: CONNECTIONS,
      duration: DURATION,
      headers: { 'accept-encoding': 'gzip' },
    });
    rows.push({
      path,
      requests: r.requests.total,
      rps: Math.round(r.requests.average),
      p50ms: r.latency.p50,
      p99ms: r.latency.p99,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
    });
  }
} finally {
  server.stop();
}
console.table(rows);
writeFileSync(
  'bench/load-results.json',
  JSON.stringify({ connections: CONNECTIONS, seconds: DURATION, results: rows }, null, 2) + '\n',
);
const bad = rows.filter((r) => r.errors > 0 || r.non2xx > 0);
if (bad.length) {
  console.error(`errors or non-2xx on: ${bad.map((r) => r.path).join(', ')}`);
  process.exit(1);
}
console.log('load: zero errors, zero non-2xx');
