// The app on PostgreSQL: the pages built from it, and the routes that ask it on each request.
import { expect, test } from '@playwright/test';
import { marker, panel, placeById, places } from '../e2e/helpers';
import { seedArticle } from '../seed';
import { insertPgOnlyArticle } from './helpers';

test.beforeAll(insertPgOnlyArticle);

test('home: the map and every place', async ({ page }) => {
  await page.goto('/');
  await expect(marker(page, 'Moscow')).toBeVisible();
  for (const p of places)
    await expect(page.locator(`[data-place="${p.id}"]`).first()).toBeAttached();
});

test('a place page, rendered per request from PostgreSQL: the newest article first, then the seed', async ({
  page,
}) => {
  // `/places/luhansk` itself is built ahead (before PG_ONLY was added); the same address with
  // `?page=` is rendered per request (next.config.js rewrites it to places/[id]/paged).
  await page.goto('/places/luhansk?page=1');
  const p = panel(page);
  await expect(p.getByRole('heading', { level: 1, name: 'Luhansk' })).toBeVisible();
  const seedQuotes = placeById('luhansk').properties.excerpts.map((e) => e.text);
  // Written out by hand: the sentence PG_ONLY quotes (tests/postgres/helpers.ts), then the seed's.
  await expect(p.locator('blockquote')).toHaveText([
    'Shelling was reported near Luhansk.',
    ...seedQuotes,
  ]);
});

test('the article reader', async ({ page }) => {
  await page.goto('/article#p13');
  await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible();
  await expect(page.locator('#p13')).toContainText(seedArticle.paragraphs[12].text);
});

test('/api/places', async ({ request }) => {
  const res = await request.get('/api/places');
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { features: { id: string }[] };
  expect(body.features.map((f) => f.id)).toEqual(places.map((p) => p.id));
});

test('it is PostgreSQL that answers: the article only PostgreSQL holds is counted', async ({
  page,
  request,
}) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok', dialect: 'postgres', articles: 2 });
  await page.goto('/status');
  await expect(page.locator('[data-dialect]')).toHaveText('PostgreSQL');
  await expect(page.locator('[data-articles]')).toHaveText('2');
});

test('an article added after the build renders on its first request (dynamicParams)', async ({
  page,
}) => {
  const res = await page.goto('/articles/postgres-only-report/read');
  expect(res?.status()).toBe(200);
  await expect(
    page.getByRole('heading', { level: 1, name: 'A report only PostgreSQL holds' }),
  ).toBeVisible();
  await expect(page.locator('#p1')).toContainText('Shelling was reported near Luhansk.');
  const map = await page.goto('/articles/postgres-only-report');
  expect(map?.status()).toBe(200);
  await expect(page.locator('[data-place="luhansk"]').first()).toBeAttached();
  const missing = await page.goto('/articles/no-such-report/read');
  expect(missing?.status()).toBe(404);
});
