// `npm run load`: autocannon against loopback only, bounded (50 connections × 10 s per URL).
// Needs a production build (`npm run build`). Writes bench/load-results.json; exits non-zero on
// any error or non-2xx answer.
import autocannon from 'autocannon';
import { existsSync, writeFileSync } from 'node:fs';
import { startServer } from './server.mjs';

const PATHS = ['/', '/places/luhansk', '/api/places', '/article'];
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
