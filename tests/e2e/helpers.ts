import { expect, type Page } from '@playwright/test';
import net from 'node:net';
import { seedPlaces } from '../seed';

type Place = {
  id: string;
  properties: {
    name: string;
    kind: string;
    summary: string;
    aliases?: string[];
    excerpts: { paragraph: number; text: string }[];
  };
};

/** The real data file: the tests check the app against it, not against copies of its text. */
export const places: Place[] = seedPlaces as Place[];
export const placeById = (id: string) => {
  const p = places.find((x) => x.id === id);
  if (!p) throw new Error(`no place ${id} in the seed article`);
  return p;
};

/** A marker is a keyboard-reachable button named after its place. */
export const marker = (page: Page, name: string) =>
  page.locator('.leaflet-marker-pane').getByRole('button', { name, exact: true });

export const panel = (page: Page) =>
  page.getByRole('complementary', { name: 'Places and excerpts' });

/** The panel shows every excerpt of the place, each with its ¶ number. */
export async function expectExcerpts(page: Page, id: string) {
  const place = placeById(id);
  const p = panel(page);
  await expect(p.getByRole('heading', { level: 1, name: place.properties.name })).toBeVisible();
  const quotes = p.locator('blockquote');
  await expect(quotes).toHaveCount(place.properties.excerpts.length);
  for (const [i, ex] of place.properties.excerpts.entries()) {
    await expect(quotes.nth(i)).toHaveText(ex.text);
    await expect(p.locator('.excerpts > li').nth(i).locator('.para-mark')).toHaveText(
      `¶ ${ex.paragraph}`,
    );
  }
}

/** Whether the element's box lies wholly inside the map's box (so it is in view). */
export async function expectInMapView(page: Page, selector: ReturnType<Page['locator']>) {
  const map = await page.locator('.leaflet-container').boundingBox();
  const box = await selector.boundingBox();
  expect(map && box).toBeTruthy();
  expect(box!.x).toBeGreaterThanOrEqual(map!.x);
  expect(box!.y).toBeGreaterThanOrEqual(map!.y);
  expect(box!.x + box!.width).toBeLessThanOrEqual(map!.x + map!.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(map!.y + map!.height);
}

/**
 * A point on screen where the given SVG shape is what a click would hit: inside its fill and not
 * covered by a marker, a label or a control. Waits until the view has stopped moving (the shape's
 * box is the same on two polls) so the click does not land where the shape used to be.
 */
export async function clickableShapePoint(
  page: Page,
  shape: ReturnType<Page['locator']>,
): Promise<{ x: number; y: number }> {
  let last = '';
  let point: { x: number; y: number } | null = null;
  await expect
    .poll(
      async () => {
        const box = JSON.stringify(await shape.boundingBox());
        const stable = box === last;
        last = box;
        if (!stable) return false;
        point = await shape.evaluate((el: Element) => {
          const path = el as SVGGeometryElement;
          const r = path.getBoundingClientRect();
          const ctm = path.getScreenCTM();
          if (!ctm) return null;
          const inverse = ctm.inverse();
          for (let fy = 0.5; fy < 1; fy += 0.1) {
            for (let fx = 0.2; fx < 0.9; fx += 0.1) {
              for (const [x, y] of [
                [r.left + r.width * fx, r.top + r.height * fy],
                [r.left + r.width * fx, r.top + r.height * (1 - fy)],
              ]) {
                const local = new DOMPoint(x, y).matrixTransform(inverse);
                if (path.isPointInFill(local) && document.elementFromPoint(x, y) === path) {
                  return { x, y };
                }
              }
            }
          }
          return null;
        });
        return point !== null;
      },
      { message: 'the shape settles and has a point a click would hit', intervals: [200] },
    )
    .toBe(true);
  return point!;
}

/** Collects console errors and uncaught page errors for the life of the page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  // Name the URL behind a "Failed to load resource" message.
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  return errors;
}

/**
 * Shares of the basemap canvas painted as countries (any land) and as Ukraine (the basemap is one
 * canvas).
 */
export async function basemapPixels(
  page: Page,
): Promise<{ countries: number; ukraine: number; seen: string }> {
  return page.evaluate(() => {
    // What the pane held, for a failure's message: each canvas's size and whether it is shown.
    const all = [...document.querySelectorAll<HTMLCanvasElement>('.leaflet-basemap-pane canvas')];
    const seen = all.length
      ? all
          .map((c) => `${c.width}x${c.height}${c.style.display === 'none' ? ' hidden' : ''}`)
          .join(', ')
      : 'no canvas';
    const c = all[0];
    if (!c || !c.width || !c.height) return { countries: 0, ukraine: 0, seen };
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let land = 0;
    let ukraine = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] === 246 && d[i + 1] === 244 && d[i + 2] === 239) land++;
      else if (d[i] === 251 && d[i + 1] === 241 && d[i + 2] === 217) ukraine++;
    }
    const n = d.length / 4;
    return { countries: (land + ukraine) / n, ukraine: ukraine / n, seen };
  });
}

/**
 * Waits until the basemap shows countries, Ukraine tinted among them (how much of the canvas is
 * other land depends on the view: a phone's view of Luhansk is mostly Ukraine).
 */
export async function expectBasemapDrawn(page: Page) {
  await expect
    .poll(async () => (await basemapPixels(page)).countries, { timeout: 10_000 })
    .toBeGreaterThan(0.05);
  expect((await basemapPixels(page)).ukraine).toBeGreaterThan(0.001);
}

/**
 * Every name on the map can be read: each place name and each country or sea name lies wholly on
 * the map, and no place name is under the zoom buttons, the legend, or another place name.
 */
export async function expectNamesReadable(page: Page) {
  await expectBasemapDrawn(page);
  await page.waitForTimeout(500); // country names go on after the countries, a few per task
  const r = await page.evaluate(() => {
    const box = (e: Element) => e.getBoundingClientRect();
    const map = box(document.querySelector('.leaflet-container')!);
    const names = [...document.querySelectorAll('.place-label')].map((e) => ({
      text: e.textContent ?? '',
      b: box(e),
    }));
    const mapNames = [...document.querySelectorAll('.map-label span')].map((e) => ({
      text: e.textContent ?? '',
      b: box(e),
    }));
    const controls = [...document.querySelectorAll('.leaflet-control-zoom, .map-legend')].map(
      (e) => ({ text: e.className, b: box(e) }),
    );
    const inside = (b: DOMRect) =>
      b.left >= map.left - 1 &&
      b.right <= map.right + 1 &&
      b.top >= map.top - 1 &&
      b.bottom <= map.bottom + 1;
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return {
      count: names.length,
      cut: [...names, ...mapNames].filter((n) => !inside(n.b)).map((n) => n.text),
      covered: names.flatMap((n) =>
        [...controls, ...names.filter((o) => o !== n)]
          .filter((o) => meet(n.b, o.b))
          .map((o) => `${n.text} / ${o.text}`),
      ),
    };
  });
  expect(r.count, 'place names shown').toBeGreaterThan(0);
  expect(r.cut, 'names cut by the edge of the map').toEqual([]);
  expect(r.covered, 'place names under a control or another name').toEqual([]);
}

/** A TCP port free on loopback now, for a server a test starts itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
