import AxeBuilder from '@axe-core/playwright';
import { expect, request as api, test, type APIRequestContext, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './helpers';

// The editors' review, in the browser against a `next start` of its own with a database of its
// own (like editor-auth.spec.ts): draft a pasted article, go through the suggestions with the
// keyboard only, write the summary, publish; and every kind of bad input gets a clear message.

const NAME = 'e2e-reviewer';
const PASSWORD = randomBytes(12).toString('base64url');
const TITLE = 'Queues for bread in Kharkiv';
const TEXT = [
  'Residents of Kharkiv queued for bread on Tuesday as shelling continued near the city. Officials said the power lines were repaired by evening.',
  'In Luhansk, separatist leaders announced new checkpoints on the main road. Traffic slowed for hours.',
].join('\n\n');

let server: ChildProcess | undefined;
let origin = '';
let dbFile = '';
let http: APIRequestContext;

async function signIn(page: Page) {
  await page.goto(`${origin}/editor/sign-in`);
  await page.getByLabel('Name').fill(NAME);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page).toHaveURL(`${origin}/editor`);
}

async function draft(page: Page, fields: { title?: string; text?: string; format?: string }) {
  if (fields.title) await page.getByLabel('Title').fill(fields.title);
  await page.getByLabel('Date (YYYY-MM-DD, YYYY-MM or YYYY)').fill('2022-03-01');
  if (fields.format) await page.getByLabel('The pasted text is').selectOption(fields.format);
  if (fields.text) await page.getByLabel('Text', { exact: true }).fill(fields.text);
  await page.getByRole('button', { name: 'Draft the suggestions' }).click();
}

test.describe('editors review and publish an article (next start)', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name === 'static-export') return;
    test.setTimeout(120_000);
    dbFile = path.join(mkdtempSync(path.join(tmpdir(), 'editor-ui-e2e-')), 'c.sqlite');
    const env = { ...process.env, COLLECTION_DB: dbFile, NEXT_TELEMETRY_DISABLED: '1' };
    const add = spawnSync('npx', ['tsx', 'scripts/editor-add.ts', NAME], {
      env: { ...env, EDITOR_PASSWORD: PASSWORD },
      encoding: 'utf8',
    });
    expect(add.status, add.stderr).toBe(0);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(
      'node',
      ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
      { env: { ...env, ISR_FLUSH_TO_DISK: '0' }, stdio: 'ignore' },
    );
    http = await api.newContext({ baseURL: origin });
    await expect
      .poll(async () => (await http.get('/api/health').catch(() => undefined))?.status(), {
        timeout: 60_000,
      })
      .toBe(200);
  });

  test.afterAll(async () => {
    await http?.dispose();
    server?.kill('SIGTERM');
  });

  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === 'static-export', 'the static export has no editor');
  });

  test('signed out, drafting answers 401', async () => {
    const res = await http.post('/api/editor/draft', {
      headers: { origin, 'content-type': 'application/json' },
      data: { text: TEXT, format: 'txt' },
    });
    expect(res.status()).toBe(401);
  });

  test('review with the keyboard only, write the summary, publish: at once at its URLs', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await signIn(page);
    await draft(page, { title: TITLE, text: TEXT });
    const list = page.getByRole('region', { name: /Suggestions/ });
    await expect(list.locator('[data-entry]')).toHaveCount(2); // each with its list of dates
    await expect(page.locator('mark', { hasText: 'Kharkiv' })).toBeVisible();
    // The review map has the countries around the places (cut on the server), and their credit.
    const map = page.getByRole('img', { name: /^Suggested places \(2\)/ });
    await expect(map.locator('path[data-country="Ukraine"]')).toHaveCount(1);
    await expect(map.locator('path[data-country="Russia"]')).toHaveCount(1);
    await expect(page.getByText('Made with Natural Earth.')).toBeVisible();
    await page.locator('body').focus();
    const focused = page.locator('[aria-current="true"]');
    await expect(focused).toContainText('Kharkiv');
    await page.keyboard.press('j');
    await expect(focused).toContainText('Luhansk');
    await page.keyboard.press('k');
    await expect(focused).toContainText('Kharkiv');
    await page.keyboard.press('a'); // accept Kharkiv; the focus moves on to Luhansk
    await expect(focused).toContainText('Luhansk');
    await page.keyboard.press('r');
    await expect(list.locator('[data-entry]').first()).toContainText('accepted');
    await expect(list.locator('[data-entry]').nth(1)).toContainText('rejected');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: '/tmp/editor-review.png' });

    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);

    // Publishing without the summary is refused, in words.
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Kharkiv: write its summary sentence.' }),
    ).toBeVisible();
    await page
      .getByLabel(/Kharkiv \(new place\)/)
      .fill('Kharkiv queues for bread while shelling goes on nearby.');
    await page.getByRole('button', { name: 'Publish' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Published as' })).toBeVisible();
    await page.getByRole('link', { name: 'Read it' }).click();
    await expect(page).toHaveURL(/\/articles\/queues-for-bread-in-kharkiv\/read/);
    await expect(page.getByText('Residents of Kharkiv queued for bread')).toBeVisible();
    await page.goto(`${origin}/places/kharkiv`);
    await expect(page.locator('main')).toContainText('Residents of Kharkiv queued for bread');

    // The same article again: a clear message and a link to the one published.
    await page.goto(`${origin}/editor`);
    await draft(page, { title: TITLE, text: TEXT });
    await page.getByRole('button', { name: /Accept Kharkiv everywhere/ }).click();
    await page
      .getByRole('button', { name: /Reject/ })
      .nth(1)
      .click();
    await page.getByLabel(/Kharkiv \(in the collection\)/).fill('A city.');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'already in the collection' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: /queues-for-bread-in-kharkiv/ })).toBeVisible();
  });

  test('the dates a sentence states: one corrected, one removed in the review, stored so', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await signIn(page);
    // Furniture first, so the dated paragraph is the draft's second and the article's ¶ 1.
    const text = [
      'Leave A Comment',
      'Power failed across the region overnight. Residents of Kharkiv queued for bread on Tuesday, the longest queues since 2014.',
    ].join('\n\n');
    await draft(page, { title: 'Bread queues in Kharkiv again', text }); // dated 2022-03-01
    const entry = page.locator('[data-entry]').filter({ hasText: 'Kharkiv' });
    const date = (words: string) => entry.getByRole('listitem').filter({ hasText: words });
    await expect(date('Tuesday')).toContainText('Tuesday → means 1 March 2022');
    await expect(date('since 2014')).toContainText('since 2014 → means from 2014, open end');

    // Tuesday was the week before, says the editor: first a day that does not exist.
    await entry.getByRole('button', { name: 'Correct “Tuesday”' }).click();
    const form = entry.getByRole('form', { name: 'Correct “Tuesday”' });
    await expect(form.getByLabel('From')).toBeFocused();
    await form.getByLabel('From').fill('2022-02-30');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('alert')).toHaveText(
      'From: “2022-02-30” is not a date written YYYY, YYYY-MM or YYYY-MM-DD.',
    );
    await expect(form.getByLabel('From')).toHaveAttribute('aria-invalid', 'true');
    const axe = await new AxeBuilder({ page })
      .include('[data-entry]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await expect(date('Tuesday')).toContainText('means 1 March 2022'); // nothing saved
    await form.getByLabel('From').fill('2022-02-22');
    await form.getByLabel('To').fill('2022-02-22');
    await expect(form.getByLabel('Precision')).toHaveValue('day');
    await form.getByLabel('To').press('Enter');
    await expect(form).toHaveCount(0);
    await expect(date('Tuesday')).toContainText('Tuesday → means 22 February 2022');
    await expect(entry.getByRole('button', { name: 'Correct “Tuesday”' })).toBeFocused();
    // "since 2014" is not when the queueing happened.
    await entry.getByRole('button', { name: 'Remove “since 2014”' }).click();
    await expect(date('since 2014')).toHaveCount(0);
    await expect(entry.getByRole('status')).toHaveText('Removed “since 2014”.');
    await expect(entry.getByRole('button', { name: 'Restore the proposed dates' })).toBeVisible();

    await entry.getByRole('button', { name: /^Accept a$/ }).click();
    await page
      .getByLabel(/^Kharkiv \((new place|in the collection)\)/)
      .fill('Kharkiv queues for bread again.');
    // The server checks the dates too: words that are not the paragraph's are refused, by field.
    await page.route('**/api/editor/articles', (route) => {
      const body = route.request().postDataJSON();
      body.article.mentions[0].dates[0].text = 'Wednesday';
      return route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('region', { name: '3. Publish' }).getByRole('alert')).toContainText(
      `article "bread-queues-in-kharkiv-again" mentions[0].dates[0].text: is not the paragraph's words at 83–90`,
    );
    await page.unroute('**/api/editor/articles');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Published as' })).toBeVisible();

    const db = new Database(dbFile, { readonly: true });
    const rows = db
      .prepare('SELECT paragraph, start_at, end_at, dates FROM mentions WHERE article_slug = ?')
      .all('bread-queues-in-kharkiv-again') as { dates: string }[];
    db.close();
    expect(rows.map((r) => ({ ...r, dates: JSON.parse(r.dates) }))).toEqual([
      {
        paragraph: 1,
        start_at: 42,
        end_at: 122,
        dates: [
          {
            text: 'Tuesday',
            start: 83,
            end: 90,
            value: { from: '2022-02-22', to: '2022-02-22' },
            precision: 'day',
          },
        ],
      },
    ]);
  });

  test('bad input: empty text, a binary .txt, HTML with scripts: each a clear message, nothing runs', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await signIn(page);
    await draft(page, {});
    await expect(page.getByRole('alert').filter({ hasText: 'The text is empty' })).toBeVisible();

    await page.getByLabel(/or a file/).setInputFiles({
      name: 'photo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]),
    });
    await page.getByRole('button', { name: 'Draft the suggestions' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'photo.txt: a binary file' }),
    ).toBeVisible();
    await page.getByLabel(/or a file/).setInputFiles([]);

    const html =
      '<p>Kyiv stayed calm on Monday.</p><script>alert("script")</script><img src=x onerror="alert(\'img\')"><p>Kharkiv did too.</p>';
    await draft(page, { title: 'Calm in Kyiv', text: html, format: 'html' });
    await expect(page.getByText('Kyiv stayed calm on Monday.')).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);

    await page.getByRole('button', { name: 'Start again' }).click();
    await draft(page, { title: 'Raw markup', text: html });
    await expect(
      page.getByText('<script>alert("script")</script>', { exact: false }),
    ).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test('an empty body, a foreign article and one that names no place get clear answers', async ({
    page,
  }) => {
    await signIn(page);
    const post = (data: object) =>
      page.request.post(`${origin}/api/editor/draft`, {
        headers: { origin, 'content-type': 'application/json' },
        data,
      });
    const empty = await post({ text: '   ', format: 'txt' });
    expect(empty.status()).toBe(400);
    expect((await empty.json()).error).toMatch(/empty/);
    const big = await post({ text: 'a'.repeat(5 * 1024 * 1024 + 10), format: 'txt' });
    expect(big.status()).toBe(413);
    const none = await post({
      text: 'The committee met on Monday. Nothing was decided.',
      format: 'txt',
    });
    expect((await none.json()).warnings.join(' ')).toMatch(/No place was found/);
    const foreign = await post({
      text: 'Війська відійшли від Харкова, повідомили в міністерстві оборони України сьогодні вранці.',
      format: 'txt',
    });
    expect((await foreign.json()).warnings.join(' ')).toMatch(/does not read as English/);
  });
  test('change the place with the keyboard; add a mention from selected words', async ({
    page,
  }) => {
    await signIn(page);
    await draft(page, { title: 'Checkpoints near Luhansk', text: TEXT });
    const focused = page.locator('[aria-current="true"]');
    await expect(focused).toContainText('Kharkiv');
    await expect(page.locator('mark', { hasText: 'Luhansk' })).toBeVisible();
    // Keys act only outside text fields: leave the draft form's last field.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('j');
    await expect(focused).toContainText('Luhansk');
    await page.keyboard.press('c');
    const search = page.getByRole('textbox', { name: 'Change the place to' });
    await expect(search).toBeFocused();
    await expect(
      page.getByRole('button', { name: /Luhansk region, in the collection/ }),
    ).toBeVisible();
    await page.keyboard.press('Enter');
    // Changed is decided: the entry now names the region, accepted, and the review moves on to
    // the one still pending (Kharkiv), as after an accept.
    await expect(page.locator('[data-entry]').nth(1)).toContainText('Luhansk region');
    await expect(page.locator('[data-entry]').nth(1)).toContainText('accepted');
    await expect(focused).toContainText('Kharkiv');

    // Select "Traffic" in ¶ 2, then Add mention… and choose the place.
    await page
      .locator('[data-paragraph="1"] p')
      .first()
      .evaluate((p) => {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent!.indexOf('Traffic');
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + 'Traffic'.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
          return;
        }
      });
    await page.getByRole('button', { name: 'Add mention…' }).click();
    const add = page.getByRole('textbox', { name: 'The place “Traffic” names' });
    await add.fill('Luhansk');
    await page.getByRole('button', { name: /Luhansk region, in the collection/ }).click();
    await expect(page.locator('[data-entry]')).toHaveCount(3);
    await expect(page.locator('[data-entry]').nth(2)).toContainText('Added by you');
    await expect(page.locator('mark', { hasText: 'Traffic' })).toBeVisible();
  });
});
