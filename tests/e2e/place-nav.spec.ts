import { expect, test, type Page } from '@playwright/test';
import { marker, panel } from './helpers';

// The order of the home page's list, written out by hand: most excerpts first (Moscow 5; Luhansk
// and the border 2; Brussels, Crimea and Donetsk 1), ties in the data file's order.
const ORDER = ['Moscow', 'Luhansk', 'Russia–Ukraine border', 'Brussels', 'Crimea', 'Donetsk'];

const heading = (page: Page) => panel(page).getByRole('heading', { level: 1 });
const focused = (page: Page, name: string) =>
  expect(panel(page).getByRole('link', { name, exact: true })).toBeFocused();

test.describe('from one place to the next (laptop)', () => {
  test("the home page's list is in that order", async ({ page }) => {
    await page.goto('/');
    await expect(panel(page).locator('.place-list .place-link-name')).toHaveText(ORDER);
  });

  test('Previous and Next, with the keyboard alone', async ({ page }) => {
    await page.goto('/places/moscow');
    // The panel takes the focus on its heading; the close button, then Previous and Next follow.
    await expect(heading(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await focused(page, 'Close and show all places');
    await page.keyboard.press('Tab');
    await focused(page, 'Previous: Donetsk');
    await page.keyboard.press('Tab');
    await focused(page, 'Next: Luhansk');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/places/luhansk');
    await expect(heading(page)).toHaveText('Luhansk');
    await expect(heading(page)).toBeFocused();
    await expect(marker(page, 'Luhansk')).toBeInViewport();

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await focused(page, 'Previous: Moscow');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/places/moscow');
    await expect(heading(page)).toHaveText('Moscow');
  });

  test('the ends wrap round: after the last place comes the first', async ({ page }) => {
    await page.goto('/places/donetsk');
    const nav = panel(page).getByRole('navigation', { name: 'Places' });
    await expect(nav.getByRole('link', { name: 'Previous: Crimea' })).toHaveAttribute(
      'href',
      '/places/crimea',
    );
    await nav.getByRole('link', { name: 'Next: Moscow' }).click();
    await expect(page).toHaveURL('/places/moscow');
    await expect(heading(page)).toHaveText('Moscow');
  });

  test('the list of every place reaches Brussels, with the keyboard alone', async ({ page }) => {
    await page.goto('/places/moscow');
    await expect(heading(page)).toBeFocused();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    const all = panel(page).getByText('All 6 places');
    await expect(all).toBeFocused();
    const list = panel(page).getByRole('navigation', { name: 'Places' }).getByRole('listitem');
    await expect(list.first()).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(list).toHaveText(ORDER);
    await expect(list.getByRole('link', { name: 'Moscow' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.keyboard.press('Tab');
    await focused(page, 'Moscow');
    for (const name of ['Luhansk', 'Russia–Ukraine border', 'Brussels']) {
      await page.keyboard.press('Tab');
      await focused(page, name);
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/places/brussels');
    await expect(heading(page)).toHaveText('Brussels');
    // Brussels was off the map beside Moscow; now the map shows it.
    await expect(marker(page, 'Brussels')).toBeInViewport();
    // The new place's panel starts with the list closed again.
    await expect(list.first()).toBeHidden();
  });
});

test.describe('from one place to the next (phone)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('Next is in the half-open sheet, and the sheet stays half open', async ({ page }) => {
    await page.goto('/places/moscow');
    const sheet = panel(page);
    await expect(sheet).toHaveAttribute('data-sheet', 'half');
    const next = sheet.getByRole('link', { name: 'Next: Luhansk' });
    await expect(next).toBeInViewport({ ratio: 1 });
    await next.tap();
    await expect(page).toHaveURL('/places/luhansk');
    await expect(heading(page)).toHaveText('Luhansk');
    await expect(sheet).toHaveAttribute('data-sheet', 'half');
    await expect(marker(page, 'Luhansk')).toBeInViewport();
  });
});
