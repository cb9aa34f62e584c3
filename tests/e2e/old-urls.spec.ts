import { expect, test } from '@playwright/test';
import { SEED_SLUG, seedArticle } from '../seed';
import { expectExcerpts, marker, placeById, places } from './helpers';

// Links already sent keep working: every address the app had before the collection shows what it
// showed then (the seed article's views), or forwards to where that now lives.
const READER = `/articles/${SEED_SLUG}/read`;

test.describe('the old addresses', () => {
  test('/ shows every place of the article on the map and in the list', async ({ page }) => {
    await page.goto('/');
    for (const p of places) {
      await expect(marker(page, p.properties.name)).toBeVisible();
      await expect(page.locator(`.place-list a[data-place="${p.id}"]`)).toContainText(
        p.properties.name,
      );
    }
  });

  for (const p of places)
    test(`/places/${p.id} shows ${p.properties.name} and its excerpts`, async ({ page }) => {
      await page.goto(`/places/${p.id}`);
      await expectExcerpts(page, p.id);
      await expect(marker(page, p.properties.name)).toBeVisible();
    });

  test('/article answers with the seed article’s reader', async ({ page }) => {
    await page.goto('/article');
    await expect(page).toHaveURL(READER);
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible();
    await expect(page.locator('.para')).toHaveCount(seedArticle.paragraphs.length);
  });

  test('/article#p13 lands on ¶ 13 of the reader, highlighted', async ({ page }) => {
    await page.goto('/article#p13');
    await expect(page).toHaveURL(`${READER}#p13`);
    await expect(page.locator('#p13')).toHaveClass(/is-highlighted/);
    await expect(page.locator('#p13')).toBeInViewport();
  });

  test('/article is a permanent redirect (308) to the reader (next start)', async ({
    request,
  }, testInfo) => {
    test.skip(testInfo.project.name === 'static-export', 'a static host has no redirects');
    const res = await request.get('/article', { maxRedirects: 0 });
    expect(res.status()).toBe(308);
    expect(new URL(res.headers()['location'], 'http://x').pathname).toBe(READER);
  });

  test('/article without JavaScript links to the reader (static export)', async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.skip(testInfo.project.name === 'next-start', 'next start redirects before any page');
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/article');
    await expect(page.getByRole('link', { name: `Read “${seedArticle.title}”` })).toHaveAttribute(
      'href',
      READER,
    );
    await context.close();
  });

  test('/brief and /brief/<id> show the briefing’s steps', async ({ page }) => {
    await page.goto('/brief');
    await expect(page.locator('.brief-progress')).toContainText(`1 / ${places.length}`);
    await page.goto('/brief/luhansk');
    await expect(page.getByRole('heading', { level: 1, name: 'Luhansk' })).toBeVisible();
    await expect(marker(page, 'Luhansk')).toBeVisible();
  });

  test('/handout has one page per place', async ({ page }) => {
    await page.goto('/handout');
    for (const p of places)
      await expect(page.locator(`.handout-place[data-place="${p.id}"] h2`)).toHaveText(
        p.properties.name,
      );
  });

  test('/embed and /embed/<id> show the list and the place', async ({ page }) => {
    await page.goto('/embed');
    for (const p of places)
      await expect(page.getByRole('link', { name: p.properties.name, exact: true })).toBeVisible();
    await page.goto('/embed/luhansk');
    await expect(page.getByRole('heading', { level: 1, name: 'Luhansk' })).toBeVisible();
    await expect(page.locator('.embed-excerpts blockquote')).toHaveCount(
      placeById('luhansk').properties.excerpts.length,
    );
  });

  test('previews and slides are PNGs of their sizes', async ({ request }) => {
    const sizes = [
      ...['home', 'article', ...places.map((p) => p.id)].map((n) => [
        `/previews/${n}.png`,
        1200,
        630,
      ]),
      ...places.map((p) => [`/slides/${p.id}.png`, 1920, 1080]),
    ] as [string, number, number][];
    for (const [path, w, h] of sizes) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const png = await res.body();
      expect(png.subarray(1, 4).toString('ascii'), path).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([w, h]);
    }
  });
});
