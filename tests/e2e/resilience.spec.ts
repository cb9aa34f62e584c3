import { expect, test } from '@playwright/test';
import {
  basemapPixels,
  expectBasemapDrawn,
  expectExcerpts,
  marker,
  places,
  watchErrors,
} from './helpers';

test.describe('errors, network and console', () => {
  test('when /api/places fails, the map says so with Retry, the page keeps its places, and Retry draws them', async ({
    page,
  }) => {
    let fail = true;
    let calls = 0;
    await page.route('**/api/places', (route) => {
      calls++;
      return fail ? route.fulfill({ status: 500, body: 'boom' }) : route.continue();
    });
    await page.goto('/');
    const alert = page.getByRole('alert').filter({ hasText: 'places' });
    await expect(alert).toContainText('Could not load the places');
    await expect(alert).toContainText('500');
    // Not a blank map: the countries are drawn, and the page's own list still names every place.
    await expectBasemapDrawn(page);
    for (const p of places)
      await expect(page.locator(`.place-list a[data-place="${p.id}"]`)).toContainText(
        p.properties.name,
      );
    expect(await page.locator('.leaflet-marker-pane img').count()).toBe(0);

    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toBeHidden();
    expect(calls).toBeGreaterThanOrEqual(2);
    for (const p of places) await expect(marker(page, p.properties.name)).toBeVisible();
    await marker(page, 'Luhansk').click();
    await expectExcerpts(page, 'luhansk');
  });

  test('when the basemap fails, a visible error with Retry replaces it, and Retry draws it', async ({
    page,
  }) => {
    let fail = true;
    await page.route('**/api/basemap*', (route) =>
      fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue(),
    );
    await page.goto('/');
    const alert = page.getByRole('alert').filter({ hasText: 'basemap' });
    await expect(alert).toContainText('Could not load the basemap');
    expect((await basemapPixels(page)).countries).toBe(0);
    // The places are still there to use.
    await expect(marker(page, 'Crimea')).toBeVisible();
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toBeHidden();
    await expectBasemapDrawn(page);
  });

  test('no request goes to any host but the app’s own', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    const own = new URL(baseURL!).origin;
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(own + '/') && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url);
    });
    await page.goto('/');
    await expect(marker(page, 'Moscow')).toBeVisible();
    await marker(page, 'Moscow').click();
    await expectExcerpts(page, 'moscow');
    await page.goto('/places/border-region');
    await expectExcerpts(page, 'border-region');
    await page.mouse.wheel(0, -400);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });

  test('no console errors on the home page or any place page', async ({ page }) => {
    const errors = watchErrors(page);
    for (const url of ['/', ...places.map((p) => `/places/${p.id}`)]) {
      await page.goto(url);
      await expect(marker(page, 'Moscow')).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    await page.goto('/');
    await marker(page, 'Brussels').click();
    await expectExcerpts(page, 'brussels');
    expect(errors).toEqual([]);
  });
});
