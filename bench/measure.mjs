// Measurements in real Chromium, shared by the benchmark (bench/bench.mjs) and the browser suite.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The bytes a page loads over the wire (as served: gzip), by kind: js, css, data (/api/*), document, rsc, other. */
export async function pageBytes(browser, url, { marks = true } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const seen = new Map();
  const bytes = { js: 0, css: 0, data: 0, document: 0, rsc: 0, other: 0 };
  cdp.on('Network.responseReceived', (e) =>
    seen.set(e.requestId, { url: e.response.url, type: e.type }),
  );
  cdp.on('Network.loadingFinished', (e) => {
    const r = seen.get(e.requestId);
    if (!r || r.url.startsWith('data:')) return;
    const kind =
      r.type === 'Script'
        ? 'js'
        : r.type === 'Stylesheet'
          ? 'css'
          : /\/api\//.test(r.url)
            ? 'data'
            : r.type === 'Document'
              ? 'document'
              : /[?&]_rsc=|\.txt(\?|$)/.test(r.url)
                ? 'rsc'
                : 'other';
    bytes[kind] += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (marks) {
    await page.locator('.leaflet-marker-pane img').first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  return bytes;
}

/** Milliseconds from navigation start to the first place mark in the DOM, in a fresh context. */
export async function firstMarkerMs(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const obs = new MutationObserver(() => {
      if (document.querySelector('.place-mark')) {
        window.__firstMarker = performance.now();
        obs.disconnect();
      }
    });
    obs.observe(document, { subtree: true, childList: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstMarker !== undefined, null, { timeout: 30000 });
  const ms = await page.evaluate(() => window.__firstMarker);
  await context.close();
  return ms;
}

/**
 * Marker click to excerpts visible: clicks a mark in view (not the selected one) n times, timing
 * from the click event to the frame after the panel shows that place's heading and excerpts.
 */
export async function clickToExcerpts(browser, url, n = 20) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.leaflet-marker-pane img').first().waitFor();
  // Until Leaflet has drawn the view, the server-drawn first view lies over the map's marks.
  await page.locator('.map-frame[data-drawn]').waitFor({ timeout: 60000 });
  await page.waitForLoadState('networkidle');
  const times = [];
  for (let i = 0; i < n; i++) {
    const name = await page.evaluate(() => {
      const map = document.querySelector('.leaflet-container').getBoundingClientRect();
      const current = document.querySelector('#place-heading')?.textContent?.trim();
      const marks = [...document.querySelectorAll('.leaflet-marker-pane img.place-mark')].filter(
        (m) => {
          const r = m.getBoundingClientRect();
          const inside =
            r.left > map.left + 40 &&
            r.right < map.right - 40 &&
            r.top > map.top + 40 &&
            r.bottom < map.bottom - 40;
          // Not the selected place, and not covered by another mark or label.
          return (
            inside &&
            // A mark named by several articles says so ("Place 0001, in 978 articles").
            !current?.endsWith(m.alt.replace(/, in [\d,]+ articles$/, '')) &&
            document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === m
          );
        },
      );
      return marks[0]?.alt;
    });
    if (!name) throw new Error('no other mark in view to click');
    // A mark named by several articles says so ("Place 0001, in 978 articles"); the heading is the name.
    const heading = name.replace(/, in [\d,]+ articles$/, '');
    const done = page.evaluate(
      (target) =>
        new Promise((resolve, reject) => {
          // A click that never shows its place is an error, not a benchmark that waits for ever.
          setTimeout(() => reject(new Error(`"${target}" not shown 10 s after the click`)), 10_000);
          let t0 = 0;
          document.addEventListener('click', () => (t0 = performance.now()), {
            capture: true,
            once: true,
          });
          const check = () => {
            const h = document.querySelector('#place-heading');
            if (
              t0 &&
              h?.textContent?.trim().endsWith(target) &&
              document.querySelector('.excerpts blockquote')
            ) {
              obs.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            }
          };
          const obs = new MutationObserver(check);
          obs.observe(document.body, { subtree: true, childList: true, characterData: true });
        }),
      heading,
    );
    done.catch(() => {});
    await page
      .locator('.leaflet-marker-pane')
      .getByRole('button', { name, exact: true })
      .click({ timeout: 5000 });
    times.push(await done);
    await page.waitForTimeout(150);
  }
  await context.close();
  return times;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/**
 * Brushing the timeline on `url` (the home page of the synthetic collection): `n` moves of the
 * range from the keyboard (←, one month earlier each), each timed from the keydown event to the
 * frame after both the lists (the timeline's `data-applied`) and the map (the map frame's
 * `data-range`) show the new range. Milliseconds, in order.
 */
export async function brushMs(browser, url, n = 20) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.locator('.leaflet-marker-pane [role="button"]').first().waitFor();
    await page.getByRole('button', { name: 'Timeline' }).click();
    const slider = page.getByRole('slider', { name: /Range of months/ });
    await slider.focus();
    await page.evaluate(() =>
      window.addEventListener('keydown', () => (window.__keydownAt = performance.now()), true),
    );
    const times = [];
    // The first key sets a range (the last month); the rest move it.
    for (let i = 0; i <= n; i++) {
      const before = await page.evaluate(
        () => document.querySelector('.timeline-dock')?.dataset.applied ?? '',
      );
      await page.keyboard.press('ArrowLeft');
      const ms = await page.evaluate(async (prev) => {
        const dock = () => document.querySelector('.timeline-dock')?.dataset.applied;
        const done = () =>
          dock() &&
          dock() !== prev &&
          document.querySelector('.map-frame')?.getAttribute('data-range') === dock();
        const t = performance.now();
        while (!done()) {
          // A move that never lands is an error, not a benchmark that waits for ever.
          if (performance.now() - t > 10_000) throw new Error(`range not applied after 10 s`);
          await new Promise((r) => requestAnimationFrame(r));
        }
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - window.__keydownAt;
      }, before);
      if (i > 0) times.push(Math.round(ms * 10) / 10);
    }
    return times;
  } finally {
    await context.close();
  }
}

/** Trace events that are the page's JavaScript running (as opposed to the browser's own work). */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
]);

/**
 * The first page of a place's excerpts (the bench asks it of the big collection's most-mentioned
 * place). `excerpts`: how many a browser with JavaScript off shows, the server's HTML with no
 * client-side work at all. Then, with JavaScript on, from a trace of the load: the first
 * contentful paint, and every main-thread task over 50 ms, each marked as the page's script or the
 * browser's own (parsing, style, layout, paint: the first layout in a fresh renderer also sets up
 * its fonts, 45–140 ms here even for a short page). `scriptBeforePaint`: the longest script task
 * that began before the first paint (0 when the excerpts were painted before any ran).
 */
export async function placePageWork(browser, url) {
  const off = await browser.newContext({ javaScriptEnabled: false });
  let excerpts;
  try {
    const page = await off.newPage();
    await page.goto(url);
    excerpts = await page.locator('.excerpt:visible').count();
  } finally {
    await off.close();
  }
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
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
          'loading',
          '__metadata',
        ],
      },
    });
    await page.goto(url);
    await page.locator('.place-mark').first().waitFor({ timeout: 30000 });
    await page.waitForLoadState('networkidle');
    await cdp.send('Tracing.end');
    await traced;
    // The page's renderer main thread: the one its main frame committed in.
    const commit = events.findLast(
      (e) => e.name === 'CommitLoad' && e.args?.data?.isMainFrame && /^http/.test(e.args.data.url),
    );
    const main = events.find(
      (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === commit.pid,
    );
    const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
    const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === commit.pid);
    const tasks = onMain
      .filter((e) => e.name === 'RunTask' && e.dur > 50_000)
      .map((t) => ({
        startMs: Math.round((t.ts - commit.ts) / 1000),
        ms: Math.round(t.dur / 1000),
        script: onMain.some(
          (e) => SCRIPT_EVENTS.has(e.name) && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 1000,
        ),
        beforePaint: t.ts < fcp.ts,
      }));
    const longest = (list) => Math.max(0, ...list.map((t) => t.ms));
    return {
      excerpts,
      firstPaintMs: Math.round((fcp.ts - commit.ts) / 1000),
      scriptBeforePaint: longest(tasks.filter((t) => t.script && t.beforePaint)),
      longestScript: longest(tasks.filter((t) => t.script)),
      longest: longest(tasks),
      tasks,
    };
  } finally {
    await context.close();
  }
}
