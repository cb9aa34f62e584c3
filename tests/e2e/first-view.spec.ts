import { expect, test, type Page } from '@playwright/test';
import { expectBasemapDrawn, marker, places } from './helpers';

// The map's first view is drawn at build time (lib/first-view.ts) and framed over the map area: a
// map with its places as links before any script runs, handed over to Leaflet once Leaflet has
// drawn the same view.
const firstView = (page: Page) => page.getByTestId('first-view');
const frame = (page: Page) => page.frameLocator('[data-testid="first-view"] iframe');

test.describe('the first view drawn at build time', () => {
  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('/places/luhansk shows a map whose places are links', async ({ page }) => {
      await page.goto('/places/luhansk');
      await expect(firstView(page)).toBeVisible();
      await expect(frame(page).locator('.g path').first()).toBeVisible();
      // The places in view of Luhansk; Luhansk itself is the current page.
      for (const [name, id] of [
        ['Luhansk', 'luhansk'],
        ['Donetsk', 'donetsk'],
        ['Russia–Ukraine border', 'border-region'],
      ])
        await expect(frame(page).getByRole('link', { name, exact: true })).toHaveAttribute(
          'href',
          `/places/${id}`,
        );
      await expect(frame(page).getByRole('link', { name: 'Luhansk' })).toHaveAttribute(
        'aria-current',
        'page',
      );
    });

    test('the home page links every place, and a link opens its page', async ({ page }) => {
      await page.goto('/');
      for (const p of places)
        await expect(
          frame(page).getByRole('link', { name: p.properties.name, exact: true }),
        ).toHaveAttribute('href', `/places/${p.id}`);
      await frame(page).getByRole('link', { name: 'Moscow', exact: true }).click();
      await expect(page).toHaveURL('/places/moscow');
      await expect(page.getByRole('heading', { level: 1, name: 'Moscow' })).toBeVisible();
    });
  });

  test('Leaflet takes over: its marks are buttons and the first view is gone', async ({ page }) => {
    await page.goto('/places/luhansk');
    await expect(marker(page, 'Luhansk')).toBeVisible();
    await expectBasemapDrawn(page);
    await expect(firstView(page)).toBeHidden();
    await expect(marker(page, 'Donetsk')).toBeVisible();
  });

  // At 1366 × 768 and on a 412 × 823 phone the first view is the view Leaflet then shows: every
  // mark in the same place, within 2 px (marks that would overlap nudged apart alike).
  for (const [device, use] of [
    ['laptop', { viewport: { width: 1366, height: 768 } }],
    ['phone', { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true }],
  ] as const)
    test.describe(device, () => {
      test.use(use);
      for (const path of ['/', '/places/luhansk', '/places/moscow'])
        test(`${path}: the first view's marks are where Leaflet puts them`, async ({ page }) => {
          // Hold the basemap back, so Leaflet cannot take over before the first view is read.
          let release = () => {};
          const held = new Promise<void>((r) => (release = r));
          await page.route('**/api/basemap*', async (route) => {
            await held;
            await route.continue();
          });
          await page.goto(path);
          const links = frame(page).locator(device === 'phone' ? '.p a' : '.l a');
          await expect(links.first()).toBeVisible();
          const drawn: [string, number, number][] = [];
          for (const link of await links.all()) {
            const box = (await link.locator('svg').boundingBox())!;
            const name = (await link.textContent()) ?? '';
            drawn.push([name, box.x + box.width / 2, box.y + box.height / 2]);
          }
          expect(drawn.length).toBeGreaterThan(0);
          release();
          await expectBasemapDrawn(page);
          await expect(firstView(page)).toBeHidden();
          for (const [name, x, y] of drawn) {
            const box = await marker(page, name).boundingBox();
            expect(box, name).toBeTruthy();
            expect(Math.abs(box!.x + box!.width / 2 - x), `${name} x`).toBeLessThanOrEqual(2);
            expect(Math.abs(box!.y + box!.height / 2 - y), `${name} y`).toBeLessThanOrEqual(2);
          }
        });
    });
});
