// Editors' sign-in: password hashing, sessions and their expiry, the sign-in rate limit, the
// origin check and the guard every write goes through (SQLite; PostgreSQL too when
// TEST_DATABASE_URL is set).
import { afterEach, describe, expect, test } from 'vitest';
import type { Db } from '@/lib/store/db';
import { migrate } from '@/lib/store/migrations';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { addEditor, checkPassword } from '@/lib/auth/editors';
import {
  createSession,
  revokeSession,
  SESSION_COOKIE,
  SESSION_MS,
  sessionCookie,
  sessionToken,
  verifySession,
} from '@/lib/auth/session';
import { MAX_FAILURES, recordSignIn, signInRetryAfter, WINDOW_MS } from '@/lib/auth/rate-limit';
import { claimedOrigin, isSameOrigin } from '@/lib/auth/origin';
import { checkEditor } from '@/lib/auth/guard';
import { backends } from './db-backends';

const PASSWORD = 'correct horse battery staple';

describe('passwords', () => {
  test('a hash verifies its password only, and carries its salt and parameters', async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b); // a fresh salt each time
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(`${PASSWORD} `, a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  test('hashes made with other parameters still verify; malformed ones never do', async () => {
    const light = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
    expect(light.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword(PASSWORD, light)).toBe(true);
    for (const bad of [
      '',
      'scrypt',
      'bcrypt$1$2$3$4$5',
      'scrypt$x$8$1$c2FsdA==$aGFzaA==',
      'scrypt$1024$8$1$c2FsdA==$',
    ])
      expect(await verifyPassword(PASSWORD, bad)).toBe(false);
  });
});

describe('cookies and origins', () => {
  test('the session cookie is HttpOnly, SameSite=Strict, expiring, and Secure over https', () => {
    const expires = new Date('2030-01-01T08:00:00Z');
    const plain = sessionCookie('tok', expires, false);
    expect(plain).toBe(
      `${SESSION_COOKIE}=tok; Path=/; Expires=Tue, 01 Jan 2030 08:00:00 GMT; HttpOnly; SameSite=Strict`,
    );
    expect(sessionCookie('tok', expires, true).endsWith('; Secure')).toBe(true);
    expect(sessionToken(`a=1; ${SESSION_COOKIE}=abc-_1; b=2`)).toBe('abc-_1');
    expect(sessionToken('a=1')).toBeUndefined();
    expect(sessionToken(null)).toBeUndefined();
  });

  const req = (headers: Record<string, string>) =>
    new Request('http://127.0.0.1:3000/api/editor/articles', { method: 'POST', headers });

  test('a write must say it comes from the site it is sent to', () => {
    const host = { host: 'map.example.org', 'x-forwarded-proto': 'https' };
    expect(isSameOrigin(req({ ...host, origin: 'https://map.example.org' }))).toBe(true);
    expect(isSameOrigin(req({ ...host, referer: 'https://map.example.org/editor' }))).toBe(true);
    expect(isSameOrigin(req({ ...host, origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOrigin(req({ ...host, origin: 'http://map.example.org' }))).toBe(false);
    expect(isSameOrigin(req({ ...host, origin: 'null' }))).toBe(false);
    expect(isSameOrigin(req(host))).toBe(false);
    expect(claimedOrigin(req({ referer: 'not a url' }))).toBeUndefined();
  });
});

const open: Db[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

describe.each(backends)('editors and sessions on %s', (_name, connect) => {
  async function fresh() {
    const db = await connect();
    open.push(db);
    await migrate(db);
    return db;
  }

  test('an editor signs in with the right password only; the table holds no password', async () => {
    const db = await fresh();
    expect(await addEditor(db, 'olena', PASSWORD)).toBe(true);
    expect(await checkPassword(db, 'olena', PASSWORD)).toBe(true);
    expect(await checkPassword(db, 'olena', 'wrong password!')).toBe(false);
    expect(await checkPassword(db, 'nobody', PASSWORD)).toBe(false);
    const rows = await db.all<{ password_hash: string }>('SELECT password_hash FROM editors');
    expect(rows[0].password_hash).not.toContain(PASSWORD);
    await expect(addEditor(db, 'bad name', PASSWORD)).rejects.toThrow();
    await expect(addEditor(db, 'short', 'short')).rejects.toThrow(/at least 12/);
  });

  test('a session opens until it expires or is revoked; the database keeps only a hash', async () => {
    const db = await fresh();
    await addEditor(db, 'olena', PASSWORD);
    const now = new Date('2030-01-01T08:00:00Z');
    const s = await createSession(db, 'olena', now);
    expect(s.expires.getTime() - now.getTime()).toBe(SESSION_MS);
    const stored = await db.all<{ token_hash: string }>('SELECT token_hash FROM editor_sessions');
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(s.token);
    expect(await verifySession(db, s.token, now)).toEqual({ editor: 'olena', expires: s.expires });
    const justBefore = new Date(s.expires.getTime() - 1);
    expect(await verifySession(db, s.token, justBefore)).toBeDefined();
    expect(await verifySession(db, s.token, s.expires)).toBeUndefined();
    expect(await verifySession(db, `${s.token}x`, now)).toBeUndefined();
    expect(await verifySession(db, undefined, now)).toBeUndefined();
    await revokeSession(db, s.token);
    expect(await verifySession(db, s.token, now)).toBeUndefined();
  });

  test('a new password signs out the old sessions', async () => {
    const db = await fresh();
    await addEditor(db, 'olena', PASSWORD);
    const s = await createSession(db, 'olena');
    expect(await addEditor(db, 'olena', 'another long password')).toBe(false);
    expect(await verifySession(db, s.token)).toBeUndefined();
    expect(await checkPassword(db, 'olena', 'another long password')).toBe(true);
  });

  test('sign-in locks after 5 failures per name and address for 15 minutes', async () => {
    const db = await fresh();
    const t0 = new Date('2030-01-01T08:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await signInRetryAfter(db, 'olena', '10.0.0.1', at(i * 1000))).toBe(0);
      await recordSignIn(db, 'olena', '10.0.0.1', false, at(i * 1000));
    }
    // Locked until the first failure is 15 minutes old.
    expect(await signInRetryAfter(db, 'olena', '10.0.0.1', at(5000))).toBe(WINDOW_MS / 1000 - 5);
    // Another address, or another name, is not locked out.
    expect(await signInRetryAfter(db, 'olena', '10.0.0.2', at(5000))).toBe(0);
    expect(await signInRetryAfter(db, 'taras', '10.0.0.1', at(5000))).toBe(0);
    expect(await signInRetryAfter(db, 'olena', '10.0.0.1', at(WINDOW_MS + 1))).toBe(0);
    // The limit is in the database: another connection (a restarted server) sees it too.
    const n = await db.get<{ n: number }>(
      'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM sign_in_attempts',
    );
    expect(Number(n?.n)).toBe(MAX_FAILURES);
  });

  test('a success forgives the failures before it', async () => {
    const db = await fresh();
    for (let i = 0; i < MAX_FAILURES - 1; i++) await recordSignIn(db, 'olena', '10.0.0.1', false);
    await recordSignIn(db, 'olena', '10.0.0.1', true);
    await recordSignIn(db, 'olena', '10.0.0.1', false);
    expect(await signInRetryAfter(db, 'olena', '10.0.0.1')).toBe(0);
  });

  test('the guard: 403 for another origin, 401 signed out or expired, else the editor', async () => {
    const db = await fresh();
    await addEditor(db, 'olena', PASSWORD);
    const now = new Date('2030-01-01T08:00:00Z');
    const { token } = await createSession(db, 'olena', now);
    const req = (origin: string, cookie?: string) =>
      new Request('http://127.0.0.1:3000/api/editor/articles', {
        method: 'POST',
        headers: { host: '127.0.0.1:3000', origin, ...(cookie ? { cookie } : {}) },
      });
    const own = 'http://127.0.0.1:3000';
    const cookie = `${SESSION_COOKIE}=${token}`;
    expect(await checkEditor(db, req(own, cookie), now)).toMatchObject({
      ok: true,
      session: { editor: 'olena' },
    });
    expect(await checkEditor(db, req('http://evil.example', cookie), now)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await checkEditor(db, req(own), now)).toMatchObject({ ok: false, status: 401 });
    const later = new Date(now.getTime() + SESSION_MS);
    expect(await checkEditor(db, req(own, cookie), later)).toMatchObject({
      ok: false,
      status: 401,
    });
  });
});
