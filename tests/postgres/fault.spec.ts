// PostgreSQL stops mid-run: pages asked of it on demand answer 503 with Retry, the cause is
// logged, pre-built pages still serve; it starts again and Retry shows the page, with no restart.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SERVER_LOG } from '../../playwright.pg.config';
import { cluster } from './helpers';

let stopped = false;
test.afterAll(() => {
  // Leave the cluster running for whatever comes next, even if a step failed.
  if (stopped) cluster('restart');
});

test('the database stops, the app says so with 503 and Retry, and recovers', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.goto('/status');
  await expect(page.locator('[data-dialect]')).toHaveText('PostgreSQL');

  cluster('stop');
  stopped = true;

  const health = await request.get('/api/health');
  expect(health.status()).toBe(503);
  expect(await health.json()).toEqual({ status: 'unavailable' });

  const res = await page.goto('/status');
  expect(res?.status()).toBe(503);
  await expect(page).toHaveURL('/unavailable?from=%2Fstatus');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The collection’s database is unavailable' }),
  ).toBeVisible();
  const retry = page.getByRole('link', { name: 'Retry' });
  await expect(retry).toHaveAttribute('href', '/status');

  // A place's later page of excerpts renders per request: it says so too, and comes back to itself.
  const place = await request.get('/places/luhansk?order=events');
  expect(place.status()).toBe(503);
  expect(place.url()).toContain('/unavailable?from=%2Fplaces%2Fluhansk%3Forder%3Devents');

  // Pages built ahead of time need no database: the reader, and the place's own page.
  expect((await request.get('/articles/putin-keeps-all-options-open/read')).status()).toBe(200);
  const built = await request.get('/places/luhansk');
  expect(built.status()).toBe(200);
  expect(await built.text()).toContain('Luhansk');

  // The cause is in the server's log.
  expect(readFileSync(SERVER_LOG, 'utf8')).toMatch(
    /\[store\] the database is unavailable: .*(ECONNREFUSED|terminat|Connection)/,
  );

  cluster('restart');
  stopped = false;

  await retry.click();
  await expect(page).toHaveURL('/status');
  await expect(page.locator('[data-dialect]')).toHaveText('PostgreSQL');
  expect((await request.get('/api/health')).status()).toBe(200);
});
