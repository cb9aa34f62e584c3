// A collection with many places: clusters at low zoom, and marks that say how many articles
// mention them. The seed has six places (no clusters), so a larger data set is served in place of
// /api/places, as in bad-input.spec.ts: everything the map draws is the app's own code.
import { expect, test, type Page } from '@playwright/test';
import { seedPlacesCollection } from '../seed';
import { marker } from './helpers';

type Collection = typeof seedPlacesCollection;

/** The seed's six places and 114 test towns on a grid across Ukraine: 120 places in all. */
function manyPlaces(): Collection {
  const data = structuredClone(seedPlacesCollection);
  const town = data.features.find((f) => f.properties.kind === 'city')!;
  for (let i = 0; i < 114; i++) {
    const f = structuredClone(town);
    f.id = `test-town-${i}`;
    f.properties.name = `Test town ${i}`;
    f.geometry = {
      type: 'Point',
      coordinates: [24 + (i % 19) * 0.7, 46.5 + Math.floor(i / 19) * 0.7],
    };
    data.features.push(f);
  }
  return data;
}

async function serve(page: Page, data: Collection) {
  await page.route('**/api/places', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }),
  );
}

const clusters = (page: Page) =>
  page.locator('.leaflet-marker-pane').getByRole('button', { name: /^\d+ places, among them / });
const testTowns = (page: Page) =>
  page.locator('.leaflet-marker-pane').getByRole('button', { name: /^Test town \d+$/ });

test('120 places: clusters that say how many places they hold, and zoom in when pressed', async ({
  page,
}) => {
  await serve(page, manyPlaces());
  await page.goto('/');
  await expect(clusters(page).first()).toBeVisible();
  // Every cluster holds at least three places, and none holds more than the 114 towns + seed.
  const names = await clusters(page).evaluateAll((els) =>
    els.map((e) => e.getAttribute('aria-label')),
  );
  const counts = names.map((n) => Number(/^(\d+) places/.exec(n ?? '')![1]));
  for (const c of counts) expect(c).toBeGreaterThanOrEqual(3);
  // Each shows its count on the disc, the number its name says.
  await expect(clusters(page)).toHaveText(counts.map(String));
  // A round dark-blue disc, a little see-through, with a white ring and the count in white
  // (the badges' navy, #1f2a44, at 88%).
  const disc = clusters(page).first();
  await expect(disc).toHaveCSS('border-radius', '50%');
  await expect(disc).toHaveCSS('border-top-color', 'rgb(255, 255, 255)');
  await expect(disc).toHaveCSS('border-top-width', '2px');
  await expect(disc).toHaveCSS('color', 'rgb(255, 255, 255)');
  await expect(disc).toHaveCSS(
    'background-color',
    /^color\(srgb 0\.12\d* 0\.16\d* 0\.26\d* \/ 0\.88\)$|^rgba\(31, 42, 68, 0\.88\)$/,
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(120);
  // Far from the towns, Moscow and Brussels keep marks of their own.
  await expect(marker(page, 'Moscow')).toBeVisible();
  await expect(marker(page, 'Brussels')).toBeVisible();
  const townsBefore = await testTowns(page).count();
  // Pressed from the keyboard, the biggest cluster zooms in: it breaks into marks and smaller ones.
  const biggest = counts.indexOf(Math.max(...counts));
  const cluster = clusters(page).nth(biggest);
  const label = names[biggest]!;
  await cluster.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.locator('.leaflet-marker-pane').getByRole('button', { name: label, exact: true }),
  ).toHaveCount(0);
  await expect.poll(() => testTowns(page).count()).toBeGreaterThan(townsBefore);
});

test('a timeline range that keeps fewer places than cluster takes the clusters off the map', async ({
  page,
}) => {
  await serve(page, manyPlaces());
  await page.goto('/');
  await expect(clusters(page).first()).toBeVisible();
  // The test towns are in no article's timeline: a range keeps some of the seed's six at most.
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.getByRole('slider', { name: /Range of months/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/[?&]from=/);
  await expect(clusters(page)).toHaveCount(0);
  await expect(testTowns(page)).toHaveCount(0);
});

test('a mark says how many articles mention its place, in its badge and its name', async ({
  page,
}) => {
  const data = structuredClone(seedPlacesCollection);
  const moscowProps = data.features.find((f) => f.id === 'moscow')!.properties;
  Object.assign(moscowProps, { articles: 3 });
  await serve(page, data);
  await page.goto('/');
  const moscow = marker(page, 'Moscow, in 3 articles');
  await expect(moscow).toBeVisible();
  // The badge is part of the mark's picture: the icon is wider than a mark without one.
  const plain = await marker(page, 'Brussels').boundingBox();
  const badged = await moscow.boundingBox();
  expect(badged!.width).toBeGreaterThan(plain!.width);
  // A place one article mentions has no badge and keeps its plain name; the seed has no clusters.
  await expect(marker(page, 'Crimea')).toBeVisible();
  await expect(clusters(page)).toHaveCount(0);
});

test('no place’s name lies over a cluster’s button, zoomed out or one step in', async ({
  page,
}) => {
  await serve(page, manyPlaces());
  await page.goto('/');
  await expect(clusters(page).first()).toBeVisible();
  const overlaps = () =>
    page.evaluate(() => {
      const boxes = (sel: string) =>
        [...document.querySelectorAll<HTMLElement>(sel)]
          .filter((e) => e.offsetParent !== null)
          .map((e) => ({ text: e.textContent ?? '', r: e.getBoundingClientRect() }));
      const names = boxes('.leaflet-tooltip.place-label');
      const discs = boxes('.leaflet-marker-icon.place-cluster');
      return names.flatMap((n) =>
        discs
          .filter(
            ({ r }) =>
              n.r.left < r.right && r.left < n.r.right && n.r.top < r.bottom && r.top < n.r.bottom,
          )
          .map((d) => `“${n.text}” over the cluster of ${d.text}`),
      );
    });
  await expect(page.locator('.leaflet-tooltip.place-label').first()).toBeVisible();
  expect(await overlaps()).toEqual([]);
  // One step in, the clusters break up and the names are laid out again.
  await page.locator('.leaflet-control-zoom-in').click();
  // Leaflet's zoom animation (0.25 s), then the names' own task.
  await page.waitForTimeout(1000);
  await expect(page.locator('.leaflet-tooltip.place-label').first()).toBeVisible();
  expect(await overlaps()).toEqual([]);
});
