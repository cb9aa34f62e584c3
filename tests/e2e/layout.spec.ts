import { expect, test } from '@playwright/test';
import { expectExcerpts, marker } from './helpers';

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the map is on top, the excerpts below it, and nothing scrolls sideways', async ({ page }) => {
    await page.goto('/places/crimea');
    await expectExcerpts(page, 'crimea');
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    const quote = (await page.locator('blockquote').first().boundingBox())!;
    expect(map.height).toBeGreaterThan(300);
    expect(quote.y).toBeGreaterThanOrEqual(map.y + map.height);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.goto('/');
    await marker(page, 'Moscow').tap();
    await expect(page).toHaveURL('/places/moscow');
    await expectExcerpts(page, 'moscow');
  });
});
