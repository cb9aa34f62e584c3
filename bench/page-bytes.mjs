// Records, in Chromium, the bytes a page loads over the wire (gzip as served by `next start`),
// grouped by kind. Usage: node bench/page-bytes.mjs http://127.0.0.1:3000/ [more URLs]
import { chromium } from '@playwright/test';

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
for (const url of process.argv.slice(2)) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const reqs = new Map();
  cdp.on('Network.responseReceived', (e) => reqs.set(e.requestId, { url: e.response.url, type: e.type, enc: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] }));
  const sizes = {};
  cdp.on('Network.loadingFinished', (e) => {
    const r = reqs.get(e.requestId);
    if (!r || r.url.startsWith('data:')) return;
    const kind = r.type === 'Script' ? 'js' : r.type === 'Stylesheet' ? 'css' : /\/api\//.test(r.url) ? 'data' : r.type.toLowerCase();
    sizes[kind] = (sizes[kind] ?? 0) + e.encodedDataLength;
    if (process.env.VERBOSE) console.log(kind, e.encodedDataLength, r.enc ?? '-', r.url);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  console.log(url, JSON.stringify(sizes));
  await context.close();
}
await browser.close();
