import { expect, test } from '@playwright/test';
import {
  basemapPixels,
  expectBasemapDrawn,
  expectExcerpts,
  clickableShapePoint,
  expectInMapView,
  expectNamesReadable,
  marker,
  panel,
  places,
  placeById,
} from './helpers';

test.describe('the map of the article', () => {
  test('the home page shows a marker for every place and lists them with excerpt counts', async ({
    page,
  }) => {
    await page.goto('/');
    for (const p of places) {
      await expect(marker(page, p.properties.name)).toBeVisible();
      await expectInMapView(page, marker(page, p.properties.name));
      const n = p.properties.excerpts.length;
      await expect(panel(page).locator(`a[data-place="${p.id}"]`)).toContainText(
        `${n} ${n === 1 ? 'excerpt' : 'excerpts'}`,
      );
    }
    // Where marks do not crowd each other, each sits on its own region.
    for (const id of ['crimea', 'luhansk', 'donetsk']) {
      const m = (await marker(page, placeById(id).properties.name).boundingBox())!;
      const shape = (await page.locator(`path.place-shape--${id}`).boundingBox())!;
      const [cx, cy] = [m.x + m.width / 2, m.y + m.height / 2];
      expect(
        cx > shape.x && cx < shape.x + shape.width && cy > shape.y && cy < shape.y + shape.height,
        `${id} mark on its region`,
      ).toBe(true);
    }
    // The basemap is drawn (country outlines, Ukraine tinted), with country and sea names, over the
    // whole map: no strip of bare water along an edge.
    await expectBasemapDrawn(page);
    const [map, canvas] = await Promise.all(
      ['.leaflet-container', '.leaflet-basemap-pane canvas'].map((s) =>
        page.locator(s).boundingBox(),
      ),
    );
    expect(canvas!.x).toBeLessThanOrEqual(map!.x);
    expect(canvas!.y).toBeLessThanOrEqual(map!.y);
    expect(canvas!.x + canvas!.width).toBeGreaterThanOrEqual(map!.x + map!.width);
    expect(canvas!.y + canvas!.height).toBeGreaterThanOrEqual(map!.y + map!.height);
    // Water is the map's background: pale blue, not Leaflet's grey (which reads as land).
    await expect(page.locator('.leaflet-container')).toHaveCSS(
      'background-color',
      'rgb(211, 225, 236)',
    );
    await expect(page.locator('.country-label span', { hasText: 'Ukraine' })).toBeVisible();
    await expect(page.locator('.sea-label span', { hasText: 'Black Sea' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Legend' })).toContainText('City');
    await expect(page.locator('.leaflet-control-scale')).toBeVisible();
    await expect(page.locator('.leaflet-control-attribution')).toContainText(
      'Made with Natural Earth. Place locations: GeoNames, CC BY 4.0',
    );
  });

  test.describe(() => {
    // Once in many runs (CI on stop 21; none in 2 whole suites and 54 runs of this test alone
    // since, loaded or not) the first look after zooming in saw no land: one retry, and the
    // failure's message now says what the basemap's pane held.
    test.describe.configure({ retries: 1 });
    test('the wide view loads the basemap overview; zoomed in, the detail, with the land drawn throughout', async ({
      page,
    }) => {
      const asked: string[] = [];
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.startsWith('/api/basemap')) asked.push(path);
      });
      await page.goto('/');
      await expectBasemapDrawn(page);
      expect(asked).toEqual(['/api/basemap-overview']);
      // Zoom in until the detail is asked for (zoom 6: two or three presses of + from the home
      // view), each press after the last one's animation (Leaflet ignores a press during one).
      let detail = false;
      page.on('request', (r) => {
        if (r.url().endsWith('/api/basemap')) detail = true;
      });
      for (let i = 0; i < 5 && !detail; i++) {
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await page.waitForTimeout(400);
      }
      expect(detail, 'the detail asked for once zoomed in').toBe(true);
      // While the detail is drawn in the overview's place, the land stays on screen.
      for (let i = 0; i < 20; i++) {
        const { countries, seen } = await basemapPixels(page);
        expect(countries, `land, ${i * 25} ms after (canvases: ${seen})`).toBeGreaterThan(0.05);
        await page.waitForTimeout(25);
      }
      await expect.poll(() => page.locator('.leaflet-basemap-pane canvas').count()).toBe(1);
      await expectBasemapDrawn(page);
      expect(asked).toEqual(['/api/basemap-overview', '/api/basemap']);
      // A page that opens on a place asks for the detail only.
      asked.length = 0;
      await page.goto('/places/luhansk');
      await expectBasemapDrawn(page);
      expect(asked).toEqual(['/api/basemap']);
    });
  });

  test('on a phone screen of 1.75 device pixels per CSS pixel, the basemap is drawn, as sharp as the screen and no sharper', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto('/');
    await expectBasemapDrawn(page);
    // Every canvas pixel is one of the screen's: 1.75 per CSS pixel each way (Leaflet alone makes
    // 2, some 30% more pixels for the phone to draw at every redraw).
    const ratio = await page
      .locator('.leaflet-basemap-pane canvas')
      .evaluate((c: HTMLCanvasElement) => c.width / c.getBoundingClientRect().width);
    expect(ratio).toBeCloseTo(1.75, 2);
    await context.close();
  });

  test('each place name sits beside its mark, centred on it', async ({ page }) => {
    for (const url of ['/', '/places/luhansk']) {
      await page.goto(url);
      await expectNamesReadable(page);
      const pairs = await page.evaluate(() =>
        [...document.querySelectorAll('.place-label')].map((label) => {
          const name = label.textContent ?? '';
          // The seed's marks have no badge (one article), so the image is the mark.
          const mark = [...document.querySelectorAll<HTMLImageElement>('img.place-mark')].find(
            (m) => m.alt === name,
          )!;
          const [l, m] = [label.getBoundingClientRect(), mark.getBoundingClientRect()];
          return {
            name,
            dy: Math.abs((l.top + l.bottom) / 2 - (m.top + m.bottom) / 2),
            gap: l.left >= m.left ? l.left - m.right : m.left - l.right,
          };
        }),
      );
      expect(pairs.length, url).toBeGreaterThan(0);
      for (const { name, dy, gap } of pairs) {
        expect(dy, `${url}: ${name} centred on its mark`).toBeLessThanOrEqual(2);
        expect(gap, `${url}: ${name} beside its mark`).toBeGreaterThanOrEqual(0);
        expect(gap, `${url}: ${name} beside its mark`).toBeLessThanOrEqual(12);
      }
    }
  });

  test('every name on the map is whole and clear of the controls, the legend and other names', async ({
    page,
  }) => {
    for (const url of ['/', '/places/crimea', '/places/border-region']) {
      await page.goto(url);
      await expectNamesReadable(page);
    }
  });

  test('on a phone, no mark lies under the scale bar', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // Luhansk's view has Donetsk near its bottom left, where the scale bar sits above the sheet.
    for (const url of ['/places/luhansk', '/brief/luhansk', '/places/donetsk', '/']) {
      await page.goto(url);
      const scale = page.locator('.leaflet-control-scale');
      await expect(scale).toBeVisible();
      await expect(marker(page, 'Donetsk')).toBeVisible();
      const s = (await scale.boundingBox())!;
      for (const mark of await page.locator('.leaflet-marker-icon.place-mark').all()) {
        const m = (await mark.boundingBox())!;
        const overlaps =
          m.x < s.x + s.width &&
          m.x + m.width > s.x &&
          m.y < s.y + s.height &&
          m.y + m.height > s.y;
        expect(overlaps, `${url}: ${await mark.getAttribute('title')} under the scale bar`).toBe(
          false,
        );
      }
    }
  });

  for (const p of places) {
    test(`clicking the ${p.id} marker opens its excerpts at /places/${p.id}`, async ({ page }) => {
      await page.goto('/');
      await marker(page, p.properties.name).click();
      await expect(page).toHaveURL(`/places/${p.id}`);
      await expectExcerpts(page, p.id);
      await expect(panel(page).getByRole('heading', { level: 1 })).toBeFocused();
    });
  }

  test('a deep link to /places/luhansk shows Luhansk’s excerpts with Luhansk in view', async ({
    page,
  }) => {
    await page.goto('/places/luhansk');
    await expectExcerpts(page, 'luhansk');
    const m = marker(page, 'Luhansk');
    await expect(m).toBeVisible();
    await expectInMapView(page, m);
    // Fitted to the region: Luhansk fills a good part of the map, Brussels is far out of view.
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    const region = page.locator('.leaflet-overlay-pane path.place-shape--luhansk');
    await expectInMapView(page, region);
    const box = (await region.boundingBox())!;
    expect(box.height).toBeGreaterThan(map.height * 0.5);
    await expect(marker(page, 'Brussels')).not.toBeInViewport();
    await expect(page).toHaveTitle(/Luhansk/);
  });

  test('once the map has settled, a mark in view opens its place without asking the server again', async ({
    page,
  }) => {
    const isDonetskPage = (url: string) => new URL(url).pathname.startsWith('/places/donetsk');
    // The page of a mark in view is fetched ahead (in a few requests), while the reader is still
    // looking at the map.
    let asking = 0;
    let lastAnswer = 0;
    page.on('request', (r) => {
      if (isDonetskPage(r.url())) asking++;
    });
    const answered = (r: { url: () => string }) => {
      if (!isDonetskPage(r.url())) return;
      asking--;
      lastAnswer = Date.now();
    };
    page.on('requestfinished', answered);
    page.on('requestfailed', answered);
    await page.goto('/places/luhansk');
    await page.locator('.map-frame[data-drawn]').waitFor();
    await expect
      .poll(() => lastAnswer > 0 && asking === 0 && Date.now() - lastAnswer > 500)
      .toBe(true);
    // From here on the server does not answer for Donetsk: the click must not need it.
    const asked: string[] = [];
    await page.route(
      (url) => isDonetskPage(url.href),
      (route) => {
        asked.push(route.request().url());
        return route.abort();
      },
    );
    await marker(page, 'Donetsk').click();
    await expect(page).toHaveURL('/places/donetsk');
    await expectExcerpts(page, 'donetsk');
    expect(asked).toEqual([]);
  });

  test('clicking a region’s shape and a list entry both navigate to the place', async ({
    page,
  }) => {
    await page.goto('/places/luhansk');
    const donetsk = page.locator('.leaflet-overlay-pane path.place-shape--donetsk');
    // Click inside the shape, where nothing covers it (away from its marker and names).
    const { x, y } = await clickableShapePoint(page, donetsk);
    await page.mouse.click(x, y);
    await expect(page).toHaveURL('/places/donetsk');
    await expectExcerpts(page, 'donetsk');

    await page.goto('/');
    await panel(page)
      .getByRole('link', { name: /Crimea/ })
      .click();
    await expect(page).toHaveURL('/places/crimea');
    await expectExcerpts(page, 'crimea');
  });

  test('Back and Forward move between selections', async ({ page }) => {
    await page.goto('/places/luhansk');
    await expectExcerpts(page, 'luhansk');
    await marker(page, 'Donetsk').click();
    await expect(page).toHaveURL('/places/donetsk');
    await expectExcerpts(page, 'donetsk');
    await panel(page).getByRole('link', { name: 'Close and show all places' }).click();
    await expect(page).toHaveURL('/');
    await expect(panel(page).getByRole('heading', { name: 'Places in the article' })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL('/places/donetsk');
    await expectExcerpts(page, 'donetsk');
    await page.goBack();
    await expect(page).toHaveURL('/places/luhansk');
    await expectExcerpts(page, 'luhansk');
    await page.goForward();
    await expect(page).toHaveURL('/places/donetsk');
    await expectExcerpts(page, 'donetsk');
  });

  test('the keyboard path: Tab to a marker, Enter opens it, Escape closes the panel', async ({
    page,
  }) => {
    await page.goto('/');
    const target = placeById('donetsk').properties.name;
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await marker(page, target).evaluate((el) => el === document.activeElement);
    }
    expect(reached, `Tab reaches the ${target} marker`).toBe(true);
    await expect(marker(page, target)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/places/donetsk');
    await expectExcerpts(page, 'donetsk');
    await expect(panel(page).getByRole('heading', { level: 1 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL('/');
    await expect(panel(page).getByRole('heading', { name: 'Places in the article' })).toBeVisible();
  });

  test('an unknown place answers 404 with a link back to the map', async ({ page }) => {
    const res = await page.goto('/places/atlantis');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'No such place on the map' })).toBeVisible();
    await page.getByRole('link', { name: /Back to the map/ }).click();
    await expect(page).toHaveURL('/');
    await expect(marker(page, 'Moscow')).toBeVisible();
  });

  test('excerpts are in the server-rendered HTML, readable with JavaScript off', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/places/luhansk');
    await expectExcerpts(page, 'luhansk');
    await page.goto('/');
    for (const p of places)
      await expect(panel(page).locator(`a[data-place="${p.id}"]`)).toBeVisible();
    await context.close();
  });
});
