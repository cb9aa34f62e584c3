import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SEED_SLUG } from '../seed';
// @ts-expect-error: plain JavaScript shared with the benchmark script
import { pageBytes } from '../../bench/measure.mjs';

type Bytes = { js: number; css: number; data: number; document: number };
const budgets: { jsBytes: number; jsBytesMapPages: number; mapDataBytes: number } = JSON.parse(
  readFileSync('bench/budgets.json', 'utf8'),
);

// The byte budgets are deterministic, so they are checked here, in CI; the timing budgets are
// measured by `npm run bench` only (machines are noisy).
test.describe('byte budgets (bench/budgets.json)', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(
      testInfo.project.name === 'static-export',
      'measured as `next start` serves it (gzip)',
    );
  });

  // The map's pages have the timeline's button under the map (bench/budgets.json jsBytesNote).
  for (const path of ['/', '/places/luhansk']) {
    test(`${path}: all JavaScript ≤ ${budgets.jsBytesMapPages} B and map data ≤ ${budgets.mapDataBytes} B gzipped`, async ({
      browser,
      baseURL,
    }) => {
      const bytes: Bytes = await pageBytes(browser, baseURL + path);
      console.log(`${path}: ${JSON.stringify(bytes)}`);
      expect(bytes.js).toBeGreaterThan(0);
      expect(bytes.js).toBeLessThanOrEqual(budgets.jsBytesMapPages);
      expect(bytes.data).toBeGreaterThan(0);
      expect(bytes.data).toBeLessThanOrEqual(budgets.mapDataBytes);
    });
  }

  // Pages without the timeline keep the budget they had before it.
  for (const path of ['/embed/luhansk', `/articles/${SEED_SLUG}/read`]) {
    test(`${path} (no timeline): all JavaScript ≤ ${budgets.jsBytes} B gzipped`, async ({
      browser,
      baseURL,
    }) => {
      const bytes: Bytes = await pageBytes(browser, baseURL + path, {
        marks: path.startsWith('/embed'),
      });
      console.log(`${path}: ${JSON.stringify(bytes)}`);
      expect(bytes.js).toBeGreaterThan(0);
      expect(bytes.js).toBeLessThanOrEqual(budgets.jsBytes);
    });
  }
});
