import { expect, test } from '@playwright/test';
import { collectionPlaces, SEED_SLUG, seedFile } from '../seed';
import { expectExcerpts, marker, panel, placeById, places } from './helpers';

// The collection's own views, with the seed as its one article. Expected text comes from the
// seed's file (tests/seed.ts), never from the app's code.
const ARTICLE = `/articles/${SEED_SLUG}`;
const counts = `${seedFile.places.length} places · ${seedFile.mentions.length} excerpts`;

test.describe('the collection', () => {
  test('/ lists the places most-mentioned first, and the articles', async ({ page }) => {
    await page.goto('/');
    const mentions = (id: string) => seedFile.mentions.filter((m) => m.place === id).length;
    const order = collectionPlaces
      .map((p, i) => ({ name: p.properties.name, n: mentions(p.id), i }))
      .filter((p) => p.n > 0)
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .map((p) => p.name);
    await expect(panel(page).locator('.place-list .place-link-name')).toHaveText(order);
    const articles = panel(page).getByRole('region', { name: 'Articles' });
    const entry = articles.getByRole('listitem');
    await expect(entry).toHaveCount(1);
    await expect(entry.getByRole('link', { name: seedFile.title, exact: true })).toHaveAttribute(
      'href',
      ARTICLE,
    );
    await expect(entry).toContainText('Publisher not printed');
    await expect(entry).toContainText('December 2021 (inferred)');
    await expect(entry).toContainText(counts);
  });

  test('/places lists every place, most-mentioned first, each opening its page', async ({
    page,
  }) => {
    await page.goto('/places');
    const mentions = (id: string) => seedFile.mentions.filter((m) => m.place === id).length;
    const order = collectionPlaces
      .map((p, i) => ({ id: p.id, name: p.properties.name, n: mentions(p.id), i }))
      .filter((p) => p.n > 0)
      .sort((a, b) => b.n - a.n || a.i - b.i);
    await expect(
      page.getByRole('heading', { level: 1, name: `All ${order.length} places` }),
    ).toBeVisible();
    await expect(page.locator('.place-list .place-link-name')).toHaveText(order.map((p) => p.name));
    await page.getByRole('link', { name: new RegExp(`^${order[0].name}`) }).click();
    await expect(page).toHaveURL(`/places/${order[0].id}`);
  });

  test('/articles lists every article, newest first, with its date and counts', async ({
    page,
  }) => {
    await page.goto('/articles');
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
    const entry = page.locator('.article-list > li');
    await expect(entry).toHaveCount(1);
    await expect(entry.getByRole('link', { name: seedFile.title, exact: true })).toHaveAttribute(
      'href',
      ARTICLE,
    );
    await expect(entry).toContainText('Publisher not printed · December 2021 (inferred)');
    await expect(entry).toContainText(counts);
    await entry.getByRole('link', { name: `Read “${seedFile.title}”` }).click();
    await expect(page).toHaveURL(`${ARTICLE}/read`);
  });

  test('/articles/<slug> shows the article’s places on the map, its list and its own views', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await expect(
      panel(page).getByRole('heading', { level: 1, name: seedFile.title }),
    ).toBeVisible();
    const links = panel(page).getByRole('navigation', { name: 'This article' });
    for (const [name, href] of [
      ['Read the article', `${ARTICLE}/read`],
      ['Briefing', `${ARTICLE}/brief`],
      ['Handout', `${ARTICLE}/handout`],
      ['Embed', `${ARTICLE}/embed`],
    ])
      await expect(links.getByRole('link', { name })).toHaveAttribute('href', href);
    await expect(panel(page).locator('.place-list .place-link-name')).toHaveText(
      places.map((p) => p.properties.name),
    );
    for (const p of places) await expect(marker(page, p.properties.name)).toBeVisible();
    await marker(page, 'Crimea').click();
    await expect(page).toHaveURL('/places/crimea');
    await expectExcerpts(page, 'crimea');
  });

  test('/places/<id> groups the excerpts under the article’s title, publisher and date', async ({
    page,
  }) => {
    await page.goto('/places/luhansk');
    const group = panel(page).locator('.excerpt-group');
    await expect(group).toHaveCount(1);
    await expect(group.getByRole('heading', { level: 3 })).toHaveText(seedFile.title);
    await expect(group).toContainText('Publisher not printed · December 2021 (inferred)');
    const ex = placeById('luhansk').properties.excerpts;
    await expect(group.getByRole('link', { name: /in context/ })).toHaveCount(ex.length);
    await expect(
      group.getByRole('link', { name: `Paragraph ${ex[0].paragraph} in context` }),
    ).toHaveAttribute('href', `${ARTICLE}/read#p${ex[0].paragraph}`);
    // Two excerpts fit on one page: no pager, and no page 2.
    await expect(panel(page).getByText(/^Showing/)).toHaveCount(0);
  });

  test('a place has no page past its last (next start)', async ({ request }, testInfo) => {
    test.skip(testInfo.project.name === 'static-export', 'a static host ignores the query');
    expect((await request.get('/places/luhansk?page=2')).status()).toBe(404);
    expect((await request.get('/places/luhansk?page=1')).status()).toBe(200);
  });

  test('the article’s briefing steps through its places and stays in its own addresses', async ({
    page,
  }) => {
    await page.goto(`${ARTICLE}/brief`);
    await expect(page.locator('.brief-progress')).toContainText(`1 / ${places.length}`);
    await page.goto(`${ARTICLE}/brief/luhansk`);
    await expect(page.getByRole('heading', { level: 1, name: 'Luhansk' })).toBeVisible();
    await expect(marker(page, 'Luhansk')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`^.*${ARTICLE}/brief/[a-z-]+$`));
    await expect(page).not.toHaveURL(/\/luhansk$/);
  });

  test('the article’s handout and embed show its places', async ({ page }) => {
    await page.goto(`${ARTICLE}/handout`);
    for (const p of places)
      await expect(page.locator(`.handout-place[data-place="${p.id}"] h2`)).toHaveText(
        p.properties.name,
      );
    await page.goto(`${ARTICLE}/embed`);
    await expect(page.getByRole('link', { name: 'Luhansk', exact: true })).toHaveAttribute(
      'href',
      `${ARTICLE}/embed/luhansk`,
    );
    await page.goto(`${ARTICLE}/embed/luhansk`);
    await expect(page.getByRole('heading', { level: 1, name: 'Luhansk' })).toBeVisible();
    await expect(page.locator('.embed-excerpts blockquote')).toHaveCount(
      placeById('luhansk').properties.excerpts.length,
    );
    await expect(marker(page, 'Luhansk')).toBeVisible();
  });
});
