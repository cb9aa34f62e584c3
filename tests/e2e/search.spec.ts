import { expect, test, type Page } from '@playwright/test';
import { articleReaderPath, placePath, searchPath } from '../../lib/urls';

const SEED = 'putin-keeps-all-options-open';
const main = (page: Page) => page.getByRole('main');
const status = (page: Page) => main(page).locator('.search-status');

/** What a result page shows, order aside: the count line, every link and every quote. */
async function shown(page: Page) {
  await expect(status(page)).not.toHaveText('Searching…');
  const links = await main(page)
    .locator('section a')
    .evaluateAll((as) => as.map((a) => `${a.textContent} → ${a.getAttribute('href')}`));
  return {
    status: await status(page).textContent(),
    links: links.sort(),
    quotes: (await main(page).locator('blockquote').allTextContents()).sort(),
  };
}

test.describe('search', () => {
  test('from the header box: Enter, the results, then the place and the paragraph', async ({
    page,
  }) => {
    await page.goto('/article');
    await page
      .getByRole('banner')
      .getByRole('searchbox', { name: 'Search places, articles and excerpts' })
      .fill('Luhansk');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(searchPath('Luhansk'));
    await expect(status(page)).toHaveText(
      '3 results for “Luhansk”: 1 place, 0 articles, 2 excerpts.',
    );
    // The query stays in the page's search box.
    await expect(main(page).getByRole('searchbox')).toHaveValue('Luhansk');
    const excerpts = main(page).getByRole('region', { name: 'Excerpts' }).getByRole('listitem');
    await expect(excerpts).toHaveCount(2);
    await expect(main(page).locator('blockquote mark').first()).toHaveText('Luhansk');
    const p13 = main(page).getByRole('link', { name: '¶ 13' });
    await expect(p13).toHaveAttribute('href', articleReaderPath(SEED, 13));
    await main(page)
      .getByRole('region', { name: 'Places' })
      .getByRole('link', { name: 'Luhansk' })
      .click();
    await expect(page).toHaveURL(placePath('luhansk'));
    await expect(page.getByRole('heading', { level: 1, name: 'Luhansk' })).toBeVisible();
    await page.goBack();
    await main(page).getByRole('link', { name: '¶ 13' }).click();
    await expect(page).toHaveURL(articleReaderPath(SEED, 13));
    // The reader is the article pages' route (/articles/<slug>/read); where it is built, the
    // paragraph is there to read.
    if ((await page.request.get(articleReaderPath(SEED))).ok())
      await expect(page.locator('#p13')).toBeInViewport();
  });

  test('“NATO-Russia Council” finds ¶ 4 under Moscow and ¶ 12 under Brussels', async ({ page }) => {
    await page.goto(searchPath('NATO-Russia Council'));
    const items = main(page).getByRole('region', { name: 'Excerpts' }).getByRole('listitem');
    await expect(items).toHaveCount(2);
    const p4 = items.filter({ has: page.getByRole('link', { name: '¶ 4' }) });
    await expect(p4.getByRole('link', { name: 'Moscow' })).toHaveAttribute(
      'href',
      '/places/moscow',
    );
    await expect(p4.locator('mark')).toHaveText(['NATO', 'NATO', 'Russia', 'Council']);
    const p12 = items.filter({ has: page.getByRole('link', { name: '¶ 12' }) });
    await expect(p12.getByRole('link', { name: 'Brussels' })).toBeVisible();
  });

  test('nothing matched, and an empty query, say so', async ({ page }) => {
    await page.goto(searchPath('Atlantis'));
    await expect(status(page)).toHaveText(
      'Nothing matched “Atlantis”. Try fewer words, or the start of a name.',
    );
    await page.goto(searchPath());
    await expect(status(page)).toHaveText('Type a place, a name or any words.');
  });

  const HOSTILE = [
    '"',
    '"Luhansk',
    'NOT',
    'AND OR NOT NEAR',
    'NEAR(Luhansk Donetsk, 2) ^x* -y',
    "'; DROP TABLE places; --",
    '!&|:*<->()\\',
    '%_%{}[]',
    '<script>window.__xss=1</script>',
    '<img src=x onerror="window.__xss=2">',
    '?!…',
    'x'.repeat(10 * 1024),
  ];
  test('hostile queries get a page, never an error, and are shown back as text', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const q of HOSTILE) {
      const res = await page.goto(searchPath(q));
      expect(res?.status(), q.slice(0, 40)).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
      await expect(status(page)).toHaveText(/^(Nothing matched|\d+ results? for|Type a place)/);
    }
    await page.goto(searchPath('<img src=x onerror="window.__xss=2"> Luhansk'));
    await expect(status(page)).toContainText('“<img src=x onerror="window.__xss=2"> Luhansk”');
    expect(await main(page).locator('img, script').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  test('the header box works without JavaScript', async ({ browser }, testInfo) => {
    test.skip(testInfo.project.name === 'static-export', 'the export searches in the browser');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${testInfo.project.use.baseURL}/article`);
    await page.getByRole('banner').getByRole('searchbox').fill('Crimea');
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText(
      '2 results for “Crimea”: 1 place, 0 articles, 1 excerpt.',
    );
    await context.close();
  });

  test('the static export finds what the server finds', async ({ page, browser }, testInfo) => {
    test.skip(testInfo.project.name !== 'static-export', 'compares the export with the server');
    test.setTimeout(90_000); // twelve page loads
    const server = `http://127.0.0.1:${Number(process.env.PORT ?? 3100)}`;
    const other = await browser.newPage();
    for (const q of ['Luhansk', 'Moscow', 'NATO Council', 'border', 'putin', 'eastern ukraine']) {
      await page.goto(searchPath(q));
      await other.goto(server + searchPath(q));
      const exported = await shown(page);
      expect(exported.links.length, q).toBeGreaterThan(0);
      expect(exported, q).toEqual(await shown(other));
    }
    await other.close();
  });
});
