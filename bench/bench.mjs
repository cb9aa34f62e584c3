// `npm run bench`: builds for production, serves on loopback, measures in real Chromium and with
// Lighthouse 12.2.3 (mobile), for the real data and for a synthetic set of 1,000 places and 10,000
// excerpts; writes bench/results.json, prints a table, and exits non-zero when a budget is missed.
// `npm run bench -- --bytes` checks only the byte budgets (deterministic, as CI does).
// `--no-build` reuses existing builds.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  clickToExcerpts,
  firstMarkerMs,
  median,
  pageBytes,
  percentile,
} from './measure.mjs';
import { startServer } from './server.mjs';

const args = new Set(process.argv.slice(2));
const bytesOnly = args.has('--bytes');
const build = !args.has('--no-build');
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const sh = (cmd, extra = {}) => execSync(cmd, { stdio: 'inherit', env: { ...env, ...extra } });

if (build || !existsSync('.next/BUILD_ID')) sh('npm run build');
const synthetic = { PLACES_DATA_DIR: 'bench/.synthetic', NEXT_DIST_DIR: '.next-synthetic' };
if (!bytesOnly && (build || !existsSync('.next-synthetic/BUILD_ID'))) {
  sh('node bench/generate-synthetic.mjs');
  // next build adds the other dist folder's types to tsconfig.json; keep the committed file as it is.
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  try {
    sh('node node_modules/next/dist/bin/next build', synthetic);
  } finally {
    writeFileSync('tsconfig.json', tsconfig);
  }
}

// The framework floor (bench/floor): the smallest Next.js page, same Next, React and settings.
if (!bytesOnly && (build || !existsSync('bench/floor/.next/BUILD_ID')))
  sh('node node_modules/next/dist/bin/next build bench/floor');

async function lighthouseRuns(url, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      results.push({
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        'best-practices': lhr.categories['best-practices'].score * 100,
        seo: lhr.categories.seo.score * 100,
        lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
        tbtMs: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        failing: Object.values(lhr.audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              a.scoreDisplayMode !== 'informative' &&
              a.scoreDisplayMode !== 'manual' &&
              a.scoreDisplayMode !== 'notApplicable',
          )
          .map((a) => a.id),
      });
    } finally {
      await chrome.kill();
    }
  }
  const m = Object.fromEntries(
    ['performance', 'accessibility', 'best-practices', 'seo', 'lcpMs', 'tbtMs', 'cls'].map((k) => [
      k,
      median(results.map((r) => r[k])),
    ]),
  );
  return { ...m, failingAudits: [...new Set(results.flatMap((r) => r.failing))] };
}

async function measure(server, placePath) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const out = {
      bytes: {
        '/': await pageBytes(browser, server.url + '/'),
        [placePath]: await pageBytes(browser, server.url + placePath),
      },
    };
    if (bytesOnly) return out;
    const firsts = [];
    for (let i = 0; i < 5; i++) firsts.push(await firstMarkerMs(browser, server.url + '/'));
    const clicks = await clickToExcerpts(browser, server.url + placePath, 20);
    out.firstMarkerMs = { median: median(firsts), runs: firsts };
    out.clickMs = { median: median(clicks), p95: percentile(clicks, 95), runs: clicks };
    out.lighthouse = {
      '/': await lighthouseRuns(server.url + '/'),
      [placePath]: await lighthouseRuns(server.url + placePath),
    };
    return out;
  } finally {
    await browser.close();
  }
}

const results = { date: new Date().toISOString(), budgets };
let server = await startServer({ port: 3400 });
try {
  results.real = await measure(server, '/places/luhansk');
} finally {
  server.stop();
}
if (!bytesOnly) {
  server = await startServer({ port: 3401, env: synthetic });
  try {
    results.synthetic = await measure(server, '/places/place-0001');
  } finally {
    server.stop();
  }
}

if (!bytesOnly) {
  server = await startServer({ port: 3402, dir: 'bench/floor', readyPath: '/' });
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      results.floor = {
        bytes: { '/': await pageBytes(browser, server.url + '/', { marks: false }) },
      };
    } finally {
      await browser.close();
    }
    results.floor.lighthouse = { '/': await lighthouseRuns(server.url + '/') };
  } finally {
    server.stop();
  }
}

// Budgets
const checks = [];
const check = (name, value, limit, ok) =>
  checks.push({ budget: name, value: Math.round(value * 10) / 10, limit, pass: ok });
for (const [page, b] of Object.entries(results.real.bytes)) {
  check(`JS bytes ${page}`, b.js, budgets.jsBytes, b.js <= budgets.jsBytes);
  check(`map data bytes ${page}`, b.data, budgets.mapDataBytes, b.data <= budgets.mapDataBytes);
}
if (!bytesOnly) {
  for (const [page, lh] of Object.entries(results.real.lighthouse)) {
    for (const [cat, min] of Object.entries(budgets.lighthouse))
      check(`Lighthouse ${cat} ${page}`, lh[cat], `≥ ${min}`, lh[cat] >= min);
    check(`TBT ms ${page}`, lh.tbtMs, budgets.tbtMs, lh.tbtMs <= budgets.tbtMs);
    check(`LCP ms ${page}`, lh.lcpMs, budgets.lcpMs, lh.lcpMs <= budgets.lcpMs);
  }
  check(
    'click to excerpts p95 ms',
    results.real.clickMs.p95,
    budgets.clickP95Ms,
    results.real.clickMs.p95 <= budgets.clickP95Ms,
  );
  const ratio = results.synthetic.firstMarkerMs.median / results.real.firstMarkerMs.median;
  check(
    'first marker, 1,000 places ÷ real',
    ratio,
    `≤ ${budgets.syntheticFirstMarkerRatio}`,
    ratio <= budgets.syntheticFirstMarkerRatio,
  );
}
results.checks = checks;
writeFileSync(
  bytesOnly ? 'bench/results-bytes.json' : 'bench/results.json',
  JSON.stringify(results, null, 2) + '\n',
);

const summary = (r) =>
  r && {
    'JS / (B)': r.bytes['/'].js,
    'CSS / (B)': r.bytes['/'].css,
    'data / (B)': r.bytes['/'].data,
    'document / (B)': r.bytes['/'].document,
    'first marker (ms)': r.firstMarkerMs ? Math.round(r.firstMarkerMs.median) : '–',
    'click median (ms)': r.clickMs && Math.round(r.clickMs.median),
    'click p95 (ms)': r.clickMs && Math.round(r.clickMs.p95),
    ...(r.lighthouse
      ? Object.fromEntries(
          Object.entries(r.lighthouse['/'])
            .filter(([k]) => k !== 'failingAudits')
            .map(([k, v]) => [`LH / ${k}`, Math.round(v * 1000) / 1000]),
        )
      : {}),
  };
console.table({
  real: summary(results.real),
  ...(results.synthetic ? { synthetic: summary(results.synthetic) } : {}),
  // Not a budget: the figures an empty Next.js page gets on this machine, to read the others by.
  ...(results.floor ? { 'floor (empty Next page)': summary(results.floor) } : {}),
});
console.table(checks);
const failed = checks.filter((c) => !c.pass);
if (failed.length) {
  console.error(`${failed.length} budget(s) missed: ${failed.map((c) => c.budget).join('; ')}`);
  process.exit(1);
}
console.log(`${checks.length} budgets met`);
