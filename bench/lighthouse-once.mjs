// Diagnostics: one Lighthouse 12.2.3 mobile run against a running server, with the LCP element,
// long tasks, boot-up time and failing audits.
// Usage: node bench/lighthouse-once.mjs [/path or URL] [--cpu=8] (a path goes to a server on :3000)
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
  ],
});
const target = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/';
const cpu = Number(process.argv.find((a) => a.startsWith('--cpu='))?.slice(6) ?? 4);
const url = /^https?:/.test(target) ? target : 'http://127.0.0.1:3000' + target;
const { lhr } = await lighthouse(url, {
  port: chrome.port,
  throttling: { cpuSlowdownMultiplier: cpu },
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance', 'accessibility'],
});
await chrome.kill();
const a = lhr.audits;
console.log('perf', lhr.categories.performance.score, 'a11y', lhr.categories.accessibility.score);
for (const id of [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'speed-index',
  'interactive',
])
  console.log(id, Math.round(a[id].numericValue));
console.log(
  'LCP element',
  JSON.stringify(a['largest-contentful-paint-element']?.details ?? null).slice(0, 700),
);
console.log(
  'long tasks',
  JSON.stringify(
    a['long-tasks']?.details?.items
      ?.slice(0, 12)
      .map((t) => [t.url?.split('/').pop(), Math.round(t.duration), Math.round(t.startTime)]),
  ),
);
console.log(
  'bootup',
  JSON.stringify(
    a['bootup-time']?.details?.items
      ?.slice(0, 5)
      .map((t) => [
        t.url?.split('/').pop(),
        Math.round(t.total),
        Math.round(t.scripting),
        Math.round(t.scriptParseCompile),
      ]),
  ),
);
const failing = Object.values(a).filter(
  (x) =>
    x.score !== null &&
    x.score < 1 &&
    !['informative', 'manual', 'notApplicable'].includes(x.scoreDisplayMode),
);
console.log('failing', failing.map((x) => `${x.id}:${x.score}`).join(', '));
const ts = a['target-size'];
if (ts?.details?.items)
  console.log(
    'target-size',
    JSON.stringify(ts.details.items.slice(0, 3).map((i) => i.node?.snippet)),
  );
