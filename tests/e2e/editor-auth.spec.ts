import { expect, request as api, test, type APIRequestContext } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './helpers';

// Editors and the write path against a real `next start`: signed out, from another origin, or
// with an expired session, a publish answers 401/403 and changes nothing; signed in, the article
// is at its URLs and in search at once, with no rebuild, and unpublishing takes it away again.
// The spec runs a server of its own on the same build, with a database of its own (seeded from
// data/collection on first use), so the other specs keep seeing the seed-only collection.

const FIXTURE = JSON.parse(readFileSync('tests/fixtures/publish-article.json', 'utf8'));
const SLUG: string = FIXTURE.article.slug;
const NAME = 'e2e-editor';
const PASSWORD = randomBytes(12).toString('base64url');
const COOKIE = 'ucm_editor_session';

let server: ChildProcess | undefined;
let origin = '';
let dbFile = '';
let http: APIRequestContext;

test.describe('editors: only signed-in editors write (next start)', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name === 'static-export') return;
    test.setTimeout(120_000);
    dbFile = path.join(mkdtempSync(path.join(tmpdir(), 'editor-e2e-')), 'collection.sqlite');
    const env = { ...process.env, COLLECTION_DB: dbFile, NEXT_TELEMETRY_DISABLED: '1' };
    const add = spawnSync('npx', ['tsx', 'scripts/editor-add.ts', NAME], {
      env: { ...env, EDITOR_PASSWORD: PASSWORD },
      encoding: 'utf8',
    });
    expect(add.status, add.stderr).toBe(0);
    expect(add.stdout + add.stderr).not.toContain(PASSWORD);
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

  const headers = (extra: Record<string, string> = {}) => ({
    origin,
    'content-type': 'application/json',
    ...extra,
  });
  const publish = (extra: Record<string, string> = {}) =>
    http.post('/api/editor/articles', { headers: headers(extra), data: FIXTURE });
  const articleSlugs = async () =>
    (await (await http.get('/articles')).text()).match(/href="\/articles\/[a-z0-9-]+"/g) ?? [];

  async function signIn(): Promise<string> {
    const res = await http.post('/api/editor/sign-in', {
      headers: headers(),
      data: { name: NAME, password: PASSWORD },
    });
    expect(res.status()).toBe(200);
    const cookie = res.headers()['set-cookie'];
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Expires=/);
    return new RegExp(`${COOKIE}=([^;]+)`).exec(cookie)![1];
  }

  test('signed out, /editor sends to the sign-in page, a plain form', async ({ page }) => {
    await page.goto(`${origin}/editor`);
    await expect(page).toHaveURL(`${origin}/editor/sign-in`);
    await expect(page.getByRole('heading', { name: 'Sign in to edit' })).toBeVisible();
    await expect(page.getByLabel('Password')).toHaveAttribute('type', 'password');
  });

  test('signed out, a publish answers 401 and changes nothing', async () => {
    const before = await articleSlugs();
    const res = await publish();
    expect(res.status()).toBe(401);
    expect(await articleSlugs()).toEqual(before);
    expect((await http.get(`/articles/${SLUG}`)).status()).toBe(404);
    // Nothing in the database either.
    const db = new Database(dbFile, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM articles WHERE slug = ?').get(SLUG)).toEqual({
      n: 0,
    });
    db.close();
  });

  test('with a forged origin, a signed-in publish answers 403 and changes nothing', async () => {
    const token = await signIn();
    const before = await articleSlugs();
    for (const forged of [{ origin: 'http://evil.example' }, { origin: '' }]) {
      const res = await publish({ ...forged, cookie: `${COOKIE}=${token}` });
      expect(res.status()).toBe(403);
    }
    expect(await articleSlugs()).toEqual(before);
  });

  test('with an expired session, a publish answers 401 and changes nothing', async () => {
    const token = randomBytes(32).toString('base64url');
    const db = new Database(dbFile);
    db.prepare(
      'INSERT INTO editor_sessions (token_hash, editor, created_at, expires_at) VALUES (?, ?, ?, ?)',
    ).run(
      createHash('sha256').update(token).digest('hex'),
      NAME,
      new Date(Date.now() - 9 * 3600_000).toISOString(),
      new Date(Date.now() - 3600_000).toISOString(),
    );
    db.close();
    const before = await articleSlugs();
    expect((await publish({ cookie: `${COOKIE}=${token}` })).status()).toBe(401);
    expect(await articleSlugs()).toEqual(before);
  });

  test('sign-in is rate-limited: the sixth wrong password answers 429 with Retry-After', async () => {
    const wrong = () =>
      http.post('/api/editor/sign-in', {
        headers: headers({ 'x-forwarded-for': '203.0.113.9' }),
        data: { name: NAME, password: 'not the password' },
      });
    for (let i = 0; i < 5; i++) expect((await wrong()).status()).toBe(401);
    const locked = await wrong();
    expect(locked.status()).toBe(429);
    expect(Number(locked.headers()['retry-after'])).toBeGreaterThan(0);
  });

  test('signed in, a publish is at its URLs and in search at once; unpublish takes it away', async ({
    page,
  }) => {
    // Someone asks for the article before it is published: its map and its reader answer 404, and
    // that answer must not outlive the publish.
    const urls = [`/articles/${SLUG}`, `/articles/${SLUG}/read`];
    for (const url of urls) expect((await http.get(url)).status(), url).toBe(404);

    const cookie = `${COOKIE}=${await signIn()}`;
    const res = await publish({ cookie });
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ slug: SLUG, revision: 1 });
    // The same article again: a clear message, nothing saved.
    const again = await publish({ cookie });
    expect(again.status()).toBe(409);
    expect((await again.json()).error).toContain(`already in the collection as "${SLUG}"`);
    // Bad input names the field.
    const bad = await http.post('/api/editor/articles', {
      headers: headers({ cookie }),
      data: { article: { ...FIXTURE.article, slug: 'Not A Slug' } },
    });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatch(/slug: /);

    // Polled: Next may apply the write's revalidatePath just after its answer (waitUntil).
    const status = (url: string) => async () => (await http.get(url)).status();
    for (const url of urls) await expect.poll(status(url), { message: url }).toBe(200);
    for (const url of urls) {
      const answer = await page.goto(`${origin}${url}`);
      expect(answer?.status(), url).toBe(200);
      await expect(
        page.getByRole('heading', { level: 1, name: FIXTURE.article.title }),
      ).toBeVisible();
    }
    await expect(page.getByText('Residents of Kharkiv stocked up on firewood')).toBeVisible();
    expect((await http.get('/places/kharkiv')).status()).toBe(200);
    await expect.poll(articleSlugs).toContain(`href="/articles/${SLUG}"`);
    // The list of all places has the new one too (a page built once, rebuilt by the write).
    const allPlaces = async () => (await http.get('/places')).text();
    await expect.poll(allPlaces).toContain('href="/places/kharkiv"');
    await page.goto(`${origin}/search?q=firewood`);
    await expect(page.locator('main')).toContainText('stocked up on firewood');

    const gone = await http.post(`/api/editor/articles/${SLUG}/unpublish`, {
      headers: headers({ cookie }),
    });
    expect(gone.status()).toBe(200);
    await expect.poll(articleSlugs).not.toContain(`href="/articles/${SLUG}"`);
    await expect.poll(allPlaces).not.toContain('href="/places/kharkiv"');
    for (const url of urls) await expect.poll(status(url), { message: url }).toBe(404);
    await page.goto(`${origin}/search?q=firewood`);
    await expect(page.locator('main')).not.toContainText('stocked up on firewood');

    // Who did what, and when.
    const db = new Database(dbFile, { readonly: true });
    const log = db.prepare('SELECT editor, action, article_slug FROM audit_log ORDER BY id').all();
    db.close();
    expect(log).toEqual([
      { editor: NAME, action: 'publish', article_slug: SLUG },
      { editor: NAME, action: 'unpublish', article_slug: SLUG },
    ]);
  });
});

test.describe('the static export has no editor', () => {
  test('no editor page or write route is served or exported', async ({ request }, testInfo) => {
    test.skip(testInfo.project.name !== 'static-export', 'checks the exported files');
    for (const p of ['/editor', '/editor/sign-in'])
      expect((await request.get(p)).status(), p).toBe(404);
    expect(existsSync('out')).toBe(true);
    const all = readdirSync('out', { recursive: true }).map(String);
    expect(all.filter((f) => /(^|\/)(editor)(\/|\.html$|$)/.test(f))).toEqual([]);
    expect(all.filter((f) => f.startsWith('api/editor'))).toEqual([]);
  });
});
