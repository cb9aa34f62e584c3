import { expect, test, type Page } from '@playwright/test';
import { SEED_SLUG, seedArticle } from '../seed';
import { expectExcerpts, panel, placeById, places } from './helpers';

const article: {
  title: string;
  date: { text: string };
  paragraphs: { n: number; kind: string; text: string }[];
} = seedArticle;
// The default public URL (NEXT_PUBLIC_SITE_URL unset at build time).
const SITE = 'http://localhost:3000';
// The seed article's reader (its first address, /article, redirects here: old-urls.spec.ts).
const READER = `/articles/${SEED_SLUG}/read`;

test.describe('the article reader', () => {
  test('shows every paragraph numbered and anchored, the caption and sub-heading marked', async ({
    page,
  }) => {
    await page.goto(READER);
    await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
    await expect(page.locator('.reader-meta')).toContainText('December 2021');
    await expect(page.locator('.reader-meta')).toContainText('inferred');
    await expect(page.locator('.para')).toHaveCount(article.paragraphs.length);
    for (const p of article.paragraphs) {
      const el = page.locator(`#p${p.n}`);
      await expect(el.locator('.para-num')).toHaveText(`¶ ${p.n}`);
      await expect(el.locator('.para-num')).toHaveAttribute('href', `#p${p.n}`);
      await expect(el.locator('.para-text')).toHaveText(p.text);
      await expect(el).toHaveClass(new RegExp(`para--${p.kind}`));
    }
    await expect(page.locator('.para--subheading h2')).toHaveText(
      'Putin remains ready for a diplomatic solution',
    );
    await expect(page.locator('#p1')).toContainText('Photo caption');
    await expect(page.getByText('Leave A Comment')).toHaveCount(0);
  });

  test('the paragraph in the URL fragment is highlighted and scrolled into view', async ({
    page,
  }) => {
    await page.goto(`${READER}#p13`);
    await expect(page.locator('#p13')).toHaveClass(/is-highlighted/);
    await expect(page.locator('#p13')).toBeInViewport();
    await expect(page.locator('.is-highlighted')).toHaveCount(1);
    await page.locator('#p4 .para-num').click();
    await expect(page.locator('#p4')).toHaveClass(/is-highlighted/);
    await expect(page.locator('#p13')).not.toHaveClass(/is-highlighted/);
  });

  test('place mentions link to the right place on the map', async ({ page }) => {
    await page.goto(READER);
    const mentions = page.locator('.mention');
    expect(await mentions.count()).toBeGreaterThanOrEqual(places.length);
    for (const m of await mentions.all()) {
      const id = (await m.getAttribute('data-place'))!;
      const place = placeById(id);
      await expect(m).toHaveAttribute('href', `/places/${id}`);
      expect([place.properties.name, ...(place.properties.aliases ?? [])]).toContain(
        await m.textContent(),
      );
    }
    // Every place is mentioned or cited somewhere in the reader.
    for (const p of places)
      await expect(page.locator(`.para-places a[href="/places/${p.id}"]`).first()).toBeAttached();
    await page.locator('#p13 .mention', { hasText: 'Luhansk' }).click();
    await expect(page).toHaveURL('/places/luhansk');
    await expectExcerpts(page, 'luhansk');
  });
});

test.describe('a passage is quoted only under the places it names', () => {
  test('Brussels quotes ¶ 12 alone; the reader lists under each paragraph the places it names', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(panel(page).locator('a[data-place="brussels"]')).toContainText('1 excerpt');
    await expect(panel(page).locator('a[data-place="donetsk"]')).toContainText('1 excerpt');
    await expect(panel(page).locator('a[data-place="luhansk"]')).toContainText('2 excerpts');
    await page.goto('/places/brussels');
    await expect(panel(page).locator('blockquote')).toHaveText([
      'A NATO official said in Brussels that General Secretary Jens Stoltenberg had decided to convene a NATO-Russia Council meeting on January 12th.',
    ]);
    await expect(panel(page).locator('.para-mark')).toHaveText(['¶ 12']);
    await page.goto(READER);
    await expect(page.locator('#p4 .para-places')).toHaveText('On the map: Moscow');
    await expect(page.locator('#p13 .para-places')).toHaveText('On the map: Luhansk, Donetsk');
    await expect(page.locator('#p14 .para-places')).toHaveCount(0);
    await expect(page.locator('#p15 .para-places')).toHaveText('On the map: Luhansk');
  });
});

test.describe('from the map to the source and back', () => {
  test('“In context” lands on the cited paragraph, highlighted', async ({ page }) => {
    await page.goto('/places/luhansk');
    const ex = placeById('luhansk').properties.excerpts[1];
    await panel(page)
      .getByRole('link', { name: `Paragraph ${ex.paragraph} in context` })
      .click();
    await expect(page).toHaveURL(`${READER}#p${ex.paragraph}`);
    await expect(page.locator(`#p${ex.paragraph}`)).toHaveClass(/is-highlighted/);
    await expect(page.locator(`#p${ex.paragraph}`)).toBeInViewport();
    await expect(page.locator(`#p${ex.paragraph}`)).toContainText(ex.text);
  });

  async function readClipboard(page: Page) {
    return page.evaluate(() => navigator.clipboard.readText());
  }

  test('“Copy citation” puts the exact citation on the clipboard, from the keyboard too', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
    await page.goto('/places/border-region');
    const place = placeById('border-region');
    const buttons = panel(page).getByRole('button', { name: 'Copy citation' });
    await expect(buttons).toHaveCount(place.properties.excerpts.length);
    for (const [i, ex] of place.properties.excerpts.entries()) {
      await buttons.nth(i).focus();
      await page.keyboard.press('Enter');
      await expect(panel(page).locator('.excerpts > li').nth(i).getByRole('status')).toHaveText(
        '✓ Citation copied',
      );
      expect(await readClipboard(page)).toBe(
        `“${ex.text}”\n— “${article.title}”, December 2021, ¶ ${ex.paragraph}\n${SITE}/places/border-region`,
      );
    }
  });

  test('“Copy link” copies the place’s URL and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
    await page.goto('/places/crimea');
    await panel(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(panel(page).locator('.place-actions').getByRole('status')).toHaveText(
      '✓ Link copied',
    );
    expect(await readClipboard(page)).toBe(`${SITE}/places/crimea`);
  });
});

test.describe('link previews', () => {
  const pages = [
    { path: '/', name: 'Every place in the article' },
    { path: READER, name: 'The article' },
    ...places.map((p) => ({ path: `/places/${p.id}`, name: p.properties.name })),
  ];
  for (const { path, name } of pages) {
    test(`${path} has its own title, description, canonical URL, OpenGraph and Twitter tags and a 1200×630 PNG`, async ({
      page,
      request,
    }) => {
      await page.goto(path);
      await expect(page).toHaveTitle(new RegExp(name));
      const meta = (sel: string) => page.locator(sel).first().getAttribute('content');
      expect(await meta('meta[property="og:title"]')).toContain(name);
      expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(20);
      // Next writes the site root without its trailing slash.
      const canonical = path === '/' ? [SITE, `${SITE}/`] : [`${SITE}${path}`];
      expect(canonical).toContain(await page.locator('link[rel="canonical"]').getAttribute('href'));
      expect(canonical).toContain(await meta('meta[property="og:url"]'));
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      const image = (await meta('meta[property="og:image"]'))!;
      expect(image.startsWith(`${SITE}/`)).toBe(true);
      expect(await meta('meta[name="twitter:image"]')).toBe(image);
      const res = await request.get(image.replace(SITE, ''));
      expect(res.status()).toBe(200);
      const png = await res.body();
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
      if (path.startsWith('/places/')) {
        const place = placeById(path.split('/')[2]);
        expect(await meta('meta[name="description"]')).toBe(place.properties.summary);
      }
    });
  }
});
