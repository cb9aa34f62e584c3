import { expect, test } from '@playwright/test';
import { seedPlacesCollection } from '../seed';
import { marker } from './helpers';

test.describe('bad input', () => {
  test('names and excerpts holding <script> or <img onerror> render as inert text', async ({
    page,
  }) => {
    // A hostile data set served in place of /api/places: the map draws what SWR loads from it.
    const data = structuredClone(seedPlacesCollection);
    const luhansk = data.features.find((f) => f.id === 'luhansk')!;
    luhansk.properties.name = 'Luhansk<img src=x onerror="window.__xss=1">';
    luhansk.properties.excerpts[0].text = '<script>window.__xss=2</script>Time and again.';
    const crimea = data.features.find((f) => f.id === 'crimea')!;
    crimea.properties.name = '<script>window.__xss=3</script>Crimea';
    let served = 0;
    await page.route('**/api/places', (route) => {
      served++;
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) });
    });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('/');
    const hostile = page
      .locator('.leaflet-marker-pane')
      .getByRole('button', { name: 'Luhansk<img src=x onerror="window.__xss=1">' });
    await expect(hostile).toBeVisible();
    expect(served).toBeGreaterThan(0);
    // The text shows as typed, in the label and the marker's title; no element was injected.
    await expect(
      page.locator('.place-label', { hasText: '<script>window.__xss=3</script>Crimea' }),
    ).toBeVisible();
    await expect(hostile).toHaveAttribute('title', 'Luhansk<img src=x onerror="window.__xss=1">');
    expect(
      await page.locator('.leaflet-container img[src="x"], .leaflet-container script').count(),
    ).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  const junk = [
    '/places/%00',
    '/places/..%2f..%2fetc%2fpasswd',
    '/places/luhansk/extra/segments',
    '/places/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/no/such/page',
    '/api/nothing',
    '/brief/atlantis',
    '/embed/atlantis',
    '/previews/atlantis.png',
    '/slides/%2e%2e%2fpackage.json',
  ];
  for (const path of junk) {
    test(`junk path ${path} answers 404, never a crash or a stack trace`, async ({ request }) => {
      const res = await request.get(path);
      expect([400, 404]).toContain(res.status());
      const body = await res.text();
      expect(body).not.toMatch(/\bat \S+ \(.*:\d+:\d+\)|node_modules|Internal Server Error/);
    });
  }

  test('junk query strings are ignored', async ({ request, page }) => {
    for (const path of [
      '/?id=<script>alert(1)</script>',
      "/places/luhansk?x=' OR 1=1 --",
      '/api/places?callback=alert',
      '/article?p=%00%ff',
    ]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(await res.text(), path).not.toContain('<script>alert(1)</script>');
    }
    await page.goto('/places/luhansk?x=<b>bold</b>');
    await expect(marker(page, 'Luhansk')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Luhansk' })).toBeVisible();
  });
});
