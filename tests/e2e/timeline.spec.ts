import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { panel } from './helpers';

// The seed's reviewed dates (data/collection/articles/<seed>.json), worked out by hand:
//   Moscow ¶ 4 (January; June 2019 – December 2021), ¶ 8 (Saturday: December 2021); ¶ 3, 6, 10 undated
//   border ¶ 8 (December 2021); ¶ 2 undated          Crimea ¶ 10 (2014)
//   Brussels ¶ 12 (January 12th: January 2022)       Donetsk ¶ 13 (since 2014)
//   Luhansk ¶ 13 (since 2014), ¶ 15 (June 2020 – December 2021; December 2021)
// 8 dated mentions, 4 undated; January 2014 to January 2022.

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const slider = (page: Page) => page.getByRole('slider', { name: /Range of months/ });
const NAMES: Record<string, string> = {
  moscow: 'Moscow',
  brussels: 'Brussels',
  crimea: 'Crimea',
  luhansk: 'Luhansk',
  donetsk: 'Donetsk',
  'border-region': 'Russia–Ukraine border',
};
// The marks on the map, by the names they are announced with.
const shownMarks = async (page: Page) =>
  (await page
    .locator('.leaflet-marker-pane [role="button"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('title')))) as string[];

async function expectMarks(page: Page, ids: string[]) {
  await expect
    .poll(async () => (await shownMarks(page)).sort())
    .toEqual(ids.map((id) => NAMES[id]).sort());
}

test.describe('the timeline', () => {
  test('its data is asked for only once it is shown', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/timeline')) asked.push(new URL(r.url()).pathname);
    });
    await page.goto('/places/luhansk');
    await expectMarks(page, [
      'moscow',
      'brussels',
      'crimea',
      'luhansk',
      'donetsk',
      'border-region',
    ]);
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual([]);
    await page.getByRole('button', { name: 'Timeline' }).click();
    await expect(timeline(page)).toBeVisible();
    expect(asked).toEqual(['/api/timeline']);
  });

  test('opens under the map; a picked month filters the map and the list, in the URL', async ({
    page,
  }) => {
    await page.goto('/');
    await expectMarks(page, [
      'moscow',
      'brussels',
      'crimea',
      'luhansk',
      'donetsk',
      'border-region',
    ]);
    await page.getByRole('button', { name: 'Timeline' }).click();
    await expect(timeline(page)).toContainText(
      '8 mentions with a date, January 2014 – January 2022; 4 mentions undated.',
    );
    await timeline(page).getByLabel('From').selectOption('2021-12');
    await expect(page).toHaveURL('/?from=2021-12&to=2021-12');
    await expect(timeline(page)).toContainText(
      'December 2021: 6 mentions of 4 places, of 8 dated.',
    );
    // Brussels (12 January 2022) and Crimea (2014) are not spoken of in December 2021.
    await expectMarks(page, ['moscow', 'luhansk', 'donetsk', 'border-region']);
    const list = panel(page).locator('.place-list');
    await expect(list.getByRole('link', { name: /Brussels/ })).toBeHidden();
    await expect(list.getByRole('link', { name: /Crimea/ })).toBeHidden();
    await expect(list.getByRole('link', { name: /Moscow/ })).toBeVisible();
    await expect(list.locator('[data-place="moscow"]')).toHaveAttribute(
      'data-in-range',
      '2 mentions in range',
    );

    await timeline(page).getByRole('button', { name: 'Clear range' }).click();
    await expect(page).toHaveURL('/');
    await expectMarks(page, [
      'moscow',
      'brussels',
      'crimea',
      'luhansk',
      'donetsk',
      'border-region',
    ]);
    await expect(list.getByRole('link', { name: /Brussels/ })).toBeVisible();
  });

  test('a link with a range opens filtered; the keyboard moves and resizes the range', async ({
    page,
  }) => {
    await page.goto('/?from=2022-01&to=2022-01');
    await expect(timeline(page)).toBeVisible();
    await expectMarks(page, ['moscow', 'brussels']);
    await slider(page).focus();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', 'January 2022');
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL('/?from=2021-12&to=2021-12');
    await expectMarks(page, ['moscow', 'luhansk', 'donetsk', 'border-region']);
    await page.keyboard.press('Shift+ArrowRight');
    await expect(page).toHaveURL('/?from=2021-12&to=2022-01');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', 'December 2021 – January 2022');
    await expectMarks(page, ['moscow', 'brussels', 'luhansk', 'donetsk', 'border-region']);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL('/');
  });

  test('quick presses are never lost: three moves are three months', async ({ page }) => {
    await page.goto('/?from=2022-01&to=2022-01');
    await slider(page).focus();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', 'January 2022');
    // Three presses in one task, as a key held down on a busy machine delivers them: none of them
    // waits for the page to render the one before.
    await slider(page).evaluate((el) => {
      for (let i = 0; i < 3; i++)
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    });
    await expect(page).toHaveURL('/?from=2021-10&to=2021-10');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', 'October 2021');
    // October 2021 is in Moscow's "June 2019 – December 2021", Luhansk's "June 2020 – December
    // 2021" and both "since 2014"; the border's "for weeks now" is drawn in December 2021 only.
    await expectMarks(page, ['moscow', 'luhansk', 'donetsk']);
  });

  test('a run of moves reaches the address bar when the keys rest, or at once when the reader does anything else', async ({
    page,
  }) => {
    await page.goto('/?from=2021-12&to=2021-12');
    await slider(page).focus();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', 'December 2021');
    // A move shows at once; the address bar waits for the run to pause, and leaving the keys
    // (focus elsewhere) writes it there and then.
    const addresses = await slider(page).evaluate((el) => {
      el.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }),
      );
      const during = window.location.search;
      (el as HTMLElement).blur();
      return [during, window.location.search];
    });
    expect(addresses).toEqual(['?from=2021-12&to=2021-12', '?from=2021-11&to=2021-11']);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', 'November 2021');

    // A mark clicked in the middle of a run opens with the run's range, not the address bar's.
    await slider(page).focus();
    await page.locator('.leaflet-marker-pane [role="button"][title="Moscow"]').evaluate((mark) => {
      document
        .querySelector('[role="slider"]')!
        .dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }),
        );
      mark.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      (mark as HTMLElement).click();
    });
    await expect(page).toHaveURL('/places/moscow?from=2021-10&to=2021-10');

    // Keys at rest: the run's last range lands in the URL by itself.
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', 'December 2021');
    await expect(page).toHaveURL('/places/moscow?from=2021-12&to=2021-12');

    // In a briefing, a step key pressed in the middle of a run: the next step has the run's range,
    // and keeps its own address once the run would have rested.
    await page.goto('/brief/luhansk?from=2021-12&to=2021-12');
    await slider(page).focus();
    await slider(page).evaluate((el) => {
      el.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }),
      );
      el.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true }),
      );
    });
    await expect(page).toHaveURL(/\/brief\/[a-z-]+\?from=2021-11&to=2021-11$/);
    await expect(page).not.toHaveURL(/\/brief\/luhansk/);
    await page.waitForTimeout(800);
    await expect(page).not.toHaveURL(/\/brief\/luhansk/);
  });

  test('brushing across the chart picks a range', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Timeline' }).click();
    const plot = page.getByTestId('timeline-plot');
    const box = (await plot.boundingBox())!;
    // The chart runs from January 2014 to January 2022: 97 months. Drag over its last two.
    const x = (month: number) => box.x + ((month + 0.5) / 97) * box.width;
    await page.mouse.move(x(95), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(x(96), box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect(page).toHaveURL('/?from=2021-12&to=2022-01');
  });

  test('a place chosen while a range is set keeps it; its excerpts outside it are hidden', async ({
    page,
  }) => {
    await page.goto('/?from=2015-01&to=2015-12');
    // 2015: only what the article says has gone on since 2014.
    await expectMarks(page, ['luhansk', 'donetsk']);
    await panel(page)
      .locator('.place-list')
      .getByRole('link', { name: /Luhansk/ })
      .click();
    await expect(page).toHaveURL('/places/luhansk?from=2015-01&to=2015-12');
    const items = panel(page).locator('.excerpts > li');
    await expect(items.filter({ hasText: '¶ 13' })).toBeVisible();
    await expect(items.filter({ hasText: '¶ 15' })).toBeHidden();
    await expect(items.filter({ hasText: '¶ 13' })).toContainText(
      'When: “since 2014” (from 2014); “since 2014” (from 2014)',
    );
  });

  test('steps through what happened in Luhansk, in order', async ({ page }) => {
    await page.goto('/places/luhansk');
    await page.getByRole('button', { name: 'Timeline' }).click();
    const steps = timeline(page).getByRole('group', { name: 'Events in Luhansk, in order' });
    await expect(steps).toContainText('3 events in Luhansk');
    await steps.getByRole('button', { name: 'Next event' }).click();
    await expect(page).toHaveURL('/places/luhansk?from=2014-01&to=2021-12');
    await expect(steps).toContainText('Event 1 of 3 in Luhansk: 1 mention');
    await steps.getByRole('button', { name: 'Next event' }).click();
    await expect(page).toHaveURL('/places/luhansk?from=2020-06&to=2021-12');
    await steps.getByRole('button', { name: 'Next event' }).click();
    await expect(page).toHaveURL('/places/luhansk?from=2021-12&to=2021-12');
    await expect(steps).toContainText('Event 3 of 3 in Luhansk');
    await expect(steps.getByRole('button', { name: 'Next event' })).toBeDisabled();
    await steps.getByRole('button', { name: 'Previous event' }).click();
    await expect(page).toHaveURL('/places/luhansk?from=2020-06&to=2021-12');
  });

  test('in briefing mode too: events step, and the next briefing step keeps the range', async ({
    page,
  }) => {
    await page.goto('/brief/luhansk');
    await page.getByRole('button', { name: 'Timeline' }).click();
    await timeline(page).getByRole('button', { name: 'Next event' }).click();
    await expect(page).toHaveURL('/brief/luhansk?from=2014-01&to=2021-12');
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/\/brief\/[a-z-]+\?from=2014-01&to=2021-12$/);
    await expect(page).not.toHaveURL(/\/brief\/luhansk/);
  });

  test('undated mentions are counted and listed, never dropped', async ({ page }) => {
    await page.goto('/?from=2021-12&to=2021-12');
    await expect(timeline(page)).toContainText('4 mentions with no date are not in any range.');
    await timeline(page).getByText('4 mentions undated').click();
    const list = timeline(page).locator('.timeline-undated li');
    await expect(list).toHaveText(['Russia–Ukraine border: 1', 'Moscow: 3']);
  });

  for (const [w, h] of [
    [390, 844],
    [1920, 1080],
  ]) {
    test(`no axe violations, and in view, at ${w}×${h}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto('/?from=2021-12&to=2022-01');
      await expect(timeline(page)).toBeVisible();
      await expectMarks(page, ['moscow', 'brussels', 'luhansk', 'donetsk', 'border-region']);
      await expect(timeline(page).getByRole('button', { name: 'Next event' })).toBeInViewport();
      const sheet = await panel(page).boundingBox();
      const dock = await timeline(page).boundingBox();
      // On a phone the timeline is a strip above the bottom sheet, not under it.
      if (w < 760) expect(dock!.y + dock!.height).toBeLessThanOrEqual(sheet!.y + 1);
      const results = await new AxeBuilder({ page })
        .include('.timeline-dock')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});

test.describe('a place in the order of events (next start)', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(
      testInfo.project.name === 'static-export',
      'a static host answers ?order=events with the same file',
    );
  });

  test("Moscow's excerpts by the dates they state; the undated last", async ({ page }) => {
    await page.goto('/places/moscow');
    await panel(page).getByRole('link', { name: 'In order of events' }).click();
    await expect(page).toHaveURL('/places/moscow?order=events');
    // ¶ 4 (from June 2019), ¶ 8 (December 2021), then the undated ¶ 3, 6 and 10 in their order.
    await expect(panel(page).locator('.excerpts .para-mark')).toHaveText([
      '¶ 4',
      '¶ 8',
      '¶ 3',
      '¶ 6',
      '¶ 10',
    ]);
  });
});
