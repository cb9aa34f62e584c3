import { expect, test, type Page } from '@playwright/test';
import { marker } from './helpers';

// The steps, in the order the article first speaks of each place (read off the seed article by
// hand): the border in the photo caption (¶ 2), Moscow (¶ 3), Crimea (¶ 10), Brussels (¶ 12, the
// first paragraph that names it), then Luhansk and Donetsk (both ¶ 13, Luhansk named first).
const steps = [
  { id: 'border-region', name: 'Russia–Ukraine border' },
  { id: 'moscow', name: 'Moscow' },
  { id: 'crimea', name: 'Crimea' },
  { id: 'brussels', name: 'Brussels' },
  { id: 'luhansk', name: 'Luhansk' },
  { id: 'donetsk', name: 'Donetsk' },
];

/** The step on screen: its URL, the progress mark and the heading. */
async function expectStep(page: Page, url: string, progress: string, name: string) {
  await expect(page).toHaveURL(url);
  await expect(page.locator('.brief-progress')).toHaveText(progress);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test.describe('briefing mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('steps in order of first mention, one URL per step, with progress and large type', async ({
    page,
  }) => {
    await page.goto('/brief');
    await expect(page.locator('.brief-progress')).toHaveText('Step 1 / 6');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia–Ukraine border');
    const size = await page
      .locator('.brief-excerpts blockquote p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await page.goto(`/brief/${steps[1].id}`);
    const longSize = await page
      .locator('.brief-excerpts blockquote p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(longSize).toBeGreaterThanOrEqual(28);
    // Every excerpt of the step is on screen, with no scrolling (a clicker cannot scroll).
    await expect(page.locator('.brief-excerpts li').last()).toBeInViewport({ ratio: 1 });
  });

  test('clicker keys step forward and back, Home/End jump, Escape leaves to the place', async ({
    page,
  }) => {
    await page.goto('/brief');
    await expect(marker(page, steps[0].name)).toBeVisible();
    const expectStepAt = (i: number) =>
      expectStep(page, `/brief/${steps[i].id}`, `Step ${i + 1} / 6`, steps[i].name);
    const forward = ['ArrowRight', 'Space', 'PageDown', 'ArrowDown'];
    for (const [i, key] of forward.entries()) {
      await page.keyboard.press(key);
      await expectStepAt(i + 1);
    }
    // The map has flown to the step's place.
    await expect(marker(page, steps[4].name)).toBeInViewport();
    for (const [i, key] of ['ArrowLeft', 'ArrowUp', 'PageUp'].entries()) {
      await page.keyboard.press(key);
      await expectStepAt(3 - i);
    }
    await page.keyboard.press('End');
    await expectStepAt(5);
    await page.keyboard.press('ArrowRight'); // nothing after the last step
    await expectStepAt(5);
    await page.keyboard.press('Home');
    await expectStepAt(0);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(`/places/${steps[0].id}`);
  });

  // A presenter who clicks three times means three steps, even when the next step is still
  // loading as the second click comes. Once the same network, once with every request of the
  // app's own pages held up (a slow projector laptop on hotel Wi-Fi).
  for (const slow of [false, true]) {
    test(`three quick presses land three steps on${slow ? ', on a slow connection' : ''}; Left goes back one`, async ({
      page,
    }) => {
      if (slow)
        await page.route(
          (url) => !url.pathname.startsWith('/api/'),
          async (route) => {
            if (route.request().resourceType() === 'fetch')
              await new Promise((r) => setTimeout(r, 250));
            await route.continue();
          },
        );
      await page.goto('/brief/border-region');
      await expect(marker(page, 'Russia–Ukraine border')).toBeVisible();
      for (const key of ['ArrowRight', 'PageDown', 'Space']) {
        await page.keyboard.press(key);
        await page.waitForTimeout(50);
      }
      await expectStep(page, '/brief/brussels', 'Step 4 / 6', 'Brussels');
      await page.keyboard.press('ArrowLeft');
      await expectStep(page, '/brief/crimea', 'Step 3 / 6', 'Crimea');
    });
  }

  test('F and the button toggle fullscreen', async ({ page }) => {
    await page.goto(`/brief/${steps[2].id}`);
    const button = page.getByRole('button', { name: /Fullscreen/ });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.click();
    await expect(page.getByRole('button', { name: /Exit fullscreen/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    await page.locator('body').press('f');
    await expect(page.getByRole('button', { name: /^Fullscreen/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(await page.evaluate(() => !!document.fullscreenElement)).toBe(false);
    await expect(page).toHaveURL(`/brief/${steps[2].id}`);
  });

  test('works on a tablet in landscape', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 1180, height: 820 },
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`/brief/${steps[4].id}`);
    await expect(marker(page, steps[4].name)).toBeInViewport();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await page.getByRole('link', { name: new RegExp(steps[5].name) }).tap();
    await expect(page).toHaveURL(`/brief/${steps[5].id}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('on a phone held upright, the map sits above the panel, a long step too', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    // Moscow's step quotes five excerpts (a long panel); Luhansk's two.
    for (const step of [steps[1], steps[4]]) {
      await page.goto(`/brief/${step.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.name);
      const map = (await page.locator('.brief-map').boundingBox())!;
      const panel = (await page.locator('.brief-panel').boundingBox())!;
      expect(map.width, `${step.id}: the map is as wide as the screen`).toBeGreaterThan(380);
      expect(panel.width, `${step.id}: the panel is as wide as the screen`).toBeGreaterThan(380);
      expect(panel.y, `${step.id}: the panel is under the map`).toBeGreaterThanOrEqual(
        map.y + map.height - 1,
      );
      await expect(marker(page, step.name)).toBeInViewport();
    }
    await context.close();
  });
});
