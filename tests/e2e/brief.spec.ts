import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { briefingOrder } from '../../lib/briefing';
import type { Places } from '../../lib/places-schema';
import { marker } from './helpers';

const data: Places = JSON.parse(readFileSync('data/places.geojson', 'utf8'));
const article: { paragraphs: { n: number; text: string }[] } = JSON.parse(
  readFileSync('data/article.json', 'utf8'),
);
const steps = briefingOrder(data, (n) => article.paragraphs.find((p) => p.n === n)!.text).map(
  (p) => ({ id: p.id, name: p.properties.name }),
);

test.describe('briefing mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('steps in order of first mention, one URL per step, with progress and large type', async ({
    page,
  }) => {
    // The article first speaks of the border (the caption, ¶ 2), then Moscow (¶ 3).
    expect(steps.slice(0, 2).map((s) => s.id)).toEqual(['border-region', 'moscow']);
    await page.goto('/brief');
    await expect(page.locator('.brief-progress')).toHaveText(`Step 1 / ${steps.length}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(steps[0].name);
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
    const expectStep = async (i: number) => {
      await expect(page).toHaveURL(`/brief/${steps[i].id}`);
      await expect(page.locator('.brief-progress')).toHaveText(`Step ${i + 1} / ${steps.length}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(steps[i].name);
    };
    const forward = ['ArrowRight', 'Space', 'PageDown', 'ArrowDown'];
    for (const [i, key] of forward.entries()) {
      await page.keyboard.press(key);
      await expectStep(i + 1);
    }
    // The map has flown to the step's place.
    await expect(marker(page, steps[4].name)).toBeInViewport();
    for (const [i, key] of ['ArrowLeft', 'ArrowUp', 'PageUp'].entries()) {
      await page.keyboard.press(key);
      await expectStep(3 - i);
    }
    await page.keyboard.press('End');
    await expectStep(steps.length - 1);
    await page.keyboard.press('ArrowRight'); // nothing after the last step
    await expectStep(steps.length - 1);
    await page.keyboard.press('Home');
    await expectStep(0);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(`/places/${steps[0].id}`);
  });

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
});
