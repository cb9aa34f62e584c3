import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SEED_SLUG } from '../seed';
import { expectBasemapDrawn, marker } from './helpers';

// Every kind of page, with its map drawn where it has one: zero axe violations (WCAG 2.x A and AA).
const pages = [
  { path: '/', map: true },
  { path: '/places/luhansk', map: true },
  { path: `/articles/${SEED_SLUG}/read`, map: false },
  { path: '/articles', map: false },
  { path: '/places', map: false },
  { path: `/articles/${SEED_SLUG}`, map: true },
  { path: `/articles/${SEED_SLUG}/brief/luhansk`, map: true },
  { path: `/articles/${SEED_SLUG}/handout`, map: false },
  { path: `/articles/${SEED_SLUG}/embed/luhansk`, map: true },
  { path: '/brief/luhansk', map: true },
  { path: '/handout', map: false },
  { path: '/embed/luhansk', map: true },
  // The map layout's 404 under next start has a map; the static export's 404.html has none.
  { path: '/places/atlantis', map: 'next-start' },
  { path: '/search?q=Luhansk', map: false },
];

test.describe('accessibility', () => {
  for (const { path, map } of pages) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      // The static export's search page fills in its results in the browser.
      if (path.startsWith('/search'))
        await expect(page.locator('.search-status')).toContainText('results');
      if (map === true || map === test.info().project.name) {
        await expect(marker(page, 'Luhansk')).toBeVisible();
        await expectBasemapDrawn(page);
      }
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 4)
            .join(' | ')}`,
      );
      expect(summary).toEqual([]);
    });
  }

  // Axe cannot judge a link's colour against the map's drawing (canvas, SVG) behind it, so it
  // passes the attribution over once the map is drawn. Before the first drawing exists nothing lies
  // behind the line but the map's plain water, and there the link must be told apart from the
  // line's text on its own.
  test('the attribution’s link is told apart from its text with nothing drawn behind it', async ({
    page,
  }) => {
    await page.goto('/places/luhansk');
    await expect(page.locator('.leaflet-control-attribution a')).toHaveCount(1);
    await page.addStyleTag({
      content: '.leaflet-pane canvas, .leaflet-pane svg { display: none !important; }',
    });
    const results = await new AxeBuilder({ page })
      .include('.leaflet-control-attribution')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
