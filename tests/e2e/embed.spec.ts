import { expect, test } from '@playwright/test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectExcerpts, expectNamesReadable, marker, panel } from './helpers';

test.describe('embeds and slide images', () => {
  test('/embed/<id> shows the place and its excerpts without site chrome, with a link to the full map', async ({
    page,
  }) => {
    await page.goto('/embed/crimea');
    await expect(page.getByRole('heading', { level: 1, name: 'Crimea' })).toBeVisible();
    await expect(page.locator('blockquote')).toHaveCount(1);
    await expect(page.locator('.site-header')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Open the full map/ })).toHaveAttribute(
      'href',
      'http://localhost:3000/places/crimea',
    );
    await marker(page, 'Crimea').click();
    await expect(page).toHaveURL('/embed/crimea');
  });

  test('the place view offers a ready <iframe> snippet', async ({ page }) => {
    await page.goto('/places/luhansk');
    await panel(page).locator('summary', { hasText: 'Embed' }).click();
    await expect(panel(page).locator('textarea')).toHaveValue(
      /^<iframe src="http:\/\/localhost:3000\/embed\/luhansk" title="Luhansk/,
    );
  });

  test('“Download image” gives a 1920×1080 PNG of the place', async ({ page, request }) => {
    await page.goto('/places/donetsk');
    const link = panel(page).getByRole('link', { name: 'Download image' });
    await expect(link).toHaveAttribute('download', /donetsk/);
    const res = await request.get((await link.getAttribute('href'))!);
    expect(res.status()).toBe(200);
    const png = await res.body();
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
  });
});

test.describe('framing', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === 'static-export', 'a static host sets its own headers');
  });

  test('only /embed may be framed: headers', async ({ request }) => {
    for (const path of ['/embed/luhansk', '/articles/putin-keeps-all-options-open/embed/luhansk']) {
      const embed = await request.get(path);
      expect(embed.headers()['content-security-policy'], path).toContain('frame-ancestors *');
      expect(embed.headers()['x-frame-options'], path).toBeUndefined();
    }
    for (const path of ['/', '/places/luhansk', '/article', '/articles', '/handout', '/brief']) {
      const res = await request.get(path);
      expect(res.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(res.headers()['x-frame-options'], path).toBe('DENY');
    }
  });

  test('a page on another origin can frame /embed/<id> but not /', async ({ page, baseURL }) => {
    // The other site: a real server on this machine's loopback, another port, so another origin.
    const html = `<!doctype html><title>Other site</title>
      <iframe name="ok" src="${baseURL}/embed/luhansk" width="900" height="500"></iframe>
      <iframe name="no" src="${baseURL}/" width="900" height="500"></iframe>`;
    const other = http.createServer((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(html),
    );
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = other.address() as AddressInfo;
      await page.goto(`http://127.0.0.1:${port}/`);
      const ok = page.frameLocator('iframe[name="ok"]');
      await expect(ok.getByRole('heading', { level: 1, name: 'Luhansk' })).toBeVisible();
      await expect(
        ok.locator('.leaflet-marker-pane').getByRole('button', { name: 'Luhansk', exact: true }),
      ).toBeVisible();
      // The browser refuses to show / in the frame: an error page, not the map.
      await expect.poll(() => page.frame({ name: 'no' })?.url()).toMatch(/^chrome-error:/);
      expect(await page.frame({ name: 'no' })!.locator('.site-header').count()).toBe(0);
    } finally {
      other.close();
    }
  });
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the panel is a bottom sheet over a usable map; nothing scrolls sideways', async ({
    page,
  }) => {
    await page.goto('/');
    const sheet = page.locator('.panel.sheet');
    await expect(sheet).toHaveAttribute('data-sheet', 'collapsed');
    // Seen from far out, places close together are nudged apart: every mark is its own target.
    await expect(marker(page, 'Donetsk')).toBeVisible();
    const boxes = await page
      .locator('.leaflet-marker-pane img.place-mark')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    expect(boxes).toHaveLength(6);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `marks at ${a.x},${a.y} and ${b.x},${b.y} overlap`).toBe(true);
      }
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    expect(map.height).toBeGreaterThan(700); // the map fills the screen under the sheet
    await page.getByRole('button', { name: 'Show more of the panel' }).tap();
    await expect(sheet).toHaveAttribute('data-sheet', 'half');
    await page.getByRole('button', { name: 'Expand the panel' }).tap();
    await expect(sheet).toHaveAttribute('data-sheet', 'full');
    await expect(panel(page).getByRole('link', { name: /Russia–Ukraine border/ })).toBeInViewport();
    await page.getByRole('button', { name: 'Collapse the panel' }).tap();
    await expect(sheet).toHaveAttribute('data-sheet', 'collapsed');
    // The map stays usable: tap a mark above the sheet, the sheet opens on its excerpts.
    await marker(page, 'Moscow').tap();
    await expect(page).toHaveURL('/places/moscow');
    await expect(sheet).toHaveAttribute('data-sheet', 'half');
    await expectExcerpts(page, 'moscow');
    await expect(marker(page, 'Moscow')).toBeInViewport();
    const m = (await marker(page, 'Moscow').boundingBox())!;
    const s = (await sheet.boundingBox())!;
    expect(m.y + m.height).toBeLessThan(s.y); // the sheet does not cover the selected place
    for (const url of [
      '/',
      '/places/luhansk',
      '/article',
      '/brief',
      '/handout',
      '/embed/luhansk',
    ]) {
      await page.goto(url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });

  test('every name on the map is whole and clear of the controls, the legend and other names', async ({
    page,
  }) => {
    for (const url of ['/', '/places/luhansk', '/places/moscow']) {
      await page.goto(url);
      await expectNamesReadable(page);
    }
  });

  test('the scale and the attribution can both be read: neither covers the other', async ({
    page,
  }) => {
    for (const url of ['/', '/places/luhansk']) {
      await page.goto(url);
      const scale = page.locator('.leaflet-control-scale');
      await expect(scale).toBeVisible();
      const a = (await scale.boundingBox())!;
      const b = (await page.locator('.leaflet-control-attribution').boundingBox())!;
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      expect(
        apart,
        `${url}: scale ${JSON.stringify(a)} and attribution ${JSON.stringify(b)} overlap`,
      ).toBe(true);
    }
  });

  test('dragging the handle up opens the sheet', async ({ page }) => {
    await page.goto('/places/crimea');
    const sheet = page.locator('.panel.sheet');
    await expect(sheet).toHaveAttribute('data-sheet', 'half');
    const handle = (await page.locator('.sheet-handle').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + 10);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, 80, { steps: 8 });
    await page.mouse.up();
    await expect(sheet).toHaveAttribute('data-sheet', 'full');
  });
});
