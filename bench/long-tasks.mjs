// Diagnostics: every main-thread task over 50 ms in one page load at 4× CPU slowdown, with what
// ran in it (the trace's events by kind, and the functions that took the most time, from a CPU
// profile over the same span). The floor (bench/floor, a bare Next page) is measured in the same
// run. Usage:
//   node bench/long-tasks.mjs [--port=3330] [--runs=3] [--rate=4] [--over=50] [--no-floor]
//     [--base=DIR] [--verbose] [paths…]
// Serves this app's build on PORT, the floor's on PORT+1 and, with --base, another checkout's build
// (say, the commit before a change) on PORT+2, measured round by round with the others (build them first: `npm run build`,
// `node node_modules/next/dist/bin/next build bench/floor`). Paths default to / and /places/luhansk.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS, median } from './measure.mjs';
import { startServer } from './server.mjs';

const opt = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const PORT = Number(opt('port', 3330));
const RUNS = Number(opt('runs', 3));
const RATE = Number(opt('rate', 4));
const LONG_MS = Number(opt('over', 50));
const verbose = process.argv.includes('--verbose');
const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const pages = paths.length ? paths : ['/', '/places/luhansk'];

// What a task's time went to, by the trace's own names for it.
const KINDS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'v8.run',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'XHRReadyStateChange',
  'ResourceReceiveResponse',
  'CommitLoad',
  'Document::updateStyle',
]);

const short = (url = '') => url.split('/').pop()?.split('?')[0] || url;

async function loadOnce(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    isMobile: true,
    deviceScaleFactor: 1.75,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'v8',
        'blink.user_timing',
        '__metadata',
      ],
    },
  });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'networkidle' });
  // Long enough for every staged task, the countries and the names to be done at 4×.
  await page.waitForTimeout(1000 * Math.max(1, RATE));
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await traced;
  await context.close();
  return analyse(events, profile);
}

function analyse(events, profile) {
  // The page's own renderer (the one its main frame committed in), not the tab's blank page's.
  const commits = events.filter(
    (e) => e.name === 'CommitLoad' && e.args?.data?.isMainFrame && /^http/.test(e.args.data.url),
  );
  const pid = commits[commits.length - 1]?.pid;
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid)
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  const t0 = commits[commits.length - 1]?.ts ?? Math.min(...onMain.map((e) => e.ts));
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' && e.dur / 1000 > LONG_MS)
    .sort((a, b) => a.ts - b.ts);
  // The CPU profile's samples, as [time, node] (the same clock as the trace's, in µs).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples = [];
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    samples.push([t, byId.get(id)]);
  });
  return tasks.map((task) => {
    const end = task.ts + task.dur;
    const inside = onMain.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && KINDS.has(e.name),
    );
    const kinds = new Map();
    for (const e of inside) {
      const what =
        e.name === 'EvaluateScript' || e.name === 'v8.compile'
          ? `${e.name} ${short(e.args?.data?.url ?? e.args?.fileName)}`
          : e.name === 'FunctionCall'
            ? `FunctionCall ${short(e.args?.data?.url)}`
            : e.name === 'TimerFire' || e.name === 'EventDispatch'
              ? `${e.name} ${e.args?.data?.type ?? ''}`
              : e.name;
      kinds.set(what, (kinds.get(what) ?? 0) + e.dur / 1000);
    }
    const self = new Map();
    const dt = profile.samplingInterval ?? 250;
    for (const [st, node] of samples) {
      if (st < task.ts || st > end || !node) continue;
      const f = node.callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
      const key = `${f.functionName || '(anon)'} ${short(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + dt / 1000);
    }
    const top = (m, n) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`);
    return {
      at: Math.round((task.ts - t0) / 1000),
      ms: Math.round(task.dur / 1000),
      kinds: top(kinds, 4),
      functions: top(self, verbose ? 12 : 5),
    };
  });
}

const tbt = (tasks) => tasks.reduce((s, x) => s + Math.max(0, x.ms - LONG_MS), 0);

if (!existsSync('.next/BUILD_ID')) throw new Error('no build: run `npm run build` first');
const floorBuilt = existsSync('bench/floor/.next/BUILD_ID');
const withFloor = !process.argv.includes('--no-floor') && floorBuilt;
const real = await startServer({ port: PORT });
const floor = withFloor
  ? await startServer({ port: PORT + 1, dir: 'bench/floor', readyPath: '/' })
  : undefined;
const baseDir = opt('base', '');
const base = baseDir ? await startServer({ port: PORT + 2, dir: baseDir }) : undefined;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const targets = [
  ...(floor ? [['floor', floor.url + '/']] : []),
  ...pages.flatMap((p) => [...(base ? [[`${p} (base)`, base.url + p]] : []), [p, real.url + p]]),
];
const results = new Map(targets.map(([name]) => [name, []]));
try {
  // Round by round, so every page shares whatever else the machine is doing.
  for (let run = 0; run < RUNS; run++)
    for (const [name, url] of targets) results.get(name).push(await loadOnce(browser, url));
} finally {
  await browser.close();
  real.stop();
  floor?.stop();
  base?.stop();
}

console.log(`Tasks over ${LONG_MS} ms at ${RATE}× CPU slowdown, ${RUNS} runs (412 × 823, mobile)`);
for (const [name, runs] of results) {
  const blocking = runs.map(tbt);
  const longest = runs.map((r) => Math.max(0, ...r.map((x) => x.ms)));
  console.log(
    `\n## ${name}: blocking (sum over 50 ms) median ${median(blocking)} ms [${blocking.join(', ')}]; ` +
      `longest task median ${median(longest)} ms; tasks over 50 ms: [${runs.map((r) => r.length).join(', ')}]`,
  );
  runs.forEach((tasks, i) => {
    console.log(`run ${i + 1}:`);
    for (const x of tasks) {
      console.log(`  at ${x.at} ms: ${x.ms} ms — ${x.kinds.join('; ')}`);
      console.log(`      ${x.functions.join('; ')}`);
    }
  });
}
