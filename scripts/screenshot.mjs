// Screenshots for a human look: node scripts/screenshot.mjs <url> <out.png> [width] [height]
import { chromium } from '@playwright/test';

const [url, out, w = '1366', h = '768'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(1200);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
