// Diagnostics: a CPU profile of one page load at 4x CPU slowdown, self time by script and function.
// Usage: node bench/profile.mjs [/path or URL] (a path goes to a server on :3000)
import { chromium } from '@playwright/test';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const target = process.argv[2] ?? '/';
const url = /^https?:/.test(target) ? target : 'http://127.0.0.1:3000' + target;
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(2000);
const { profile } = await cdp.send('Profiler.stop');
// self time per function
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
const byFile = new Map();
profile.samples.forEach((id, i) => {
  const f = byId.get(id).callFrame;
  const key = f.url.split('/').pop() || f.functionName;
  byFile.set(key, (byFile.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log(
  [...byFile]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, v]) => `${v.toFixed(0)}ms ${k}`)
    .join('\n'),
);
console.log('---');
console.log(
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(0)}ms ${k}`)
    .join('\n'),
);
await browser.close();
