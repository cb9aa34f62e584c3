// Sessions: a random token in an HttpOnly, SameSite=Strict cookie (Secure over https); the
// database keeps only its SHA-256, with the editor and the time it expires.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/db';

export const SESSION_COOKIE = 'ucm_editor_session';
/** A session lasts one working day from sign-in. */
export const SESSION_MS = 8 * 60 * 60 * 1000;

export type Session = { editor: string; expires: Date };

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session; the token goes to the cookie and nowhere else. */
export async function createSession(
  db: Db,
  editor: string,
  now = new Date(),
): Promise<Session & { token: string }> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_MS);
  await db.transaction(async (tx) => {
    await tx.run('DELETE FROM editor_sessions WHERE expires_at <= ?', [now.toISOString()]);
    await tx.run(
      'INSERT INTO editor_sessions (token_hash, editor, created_at, expires_at) VALUES (?, ?, ?, ?)',
      [digest(token), editor, now.toISOString(), expires.toISOString()],
    );
  });
  return { token, editor, expires };
}

/** The session a token opens, or undefined when it is unknown, revoked or expired. */
export async function verifySession(
  db: Db,
  token: string | undefined,
  now = new Date(),
): Promise<Session | undefined> {
  if (!token || token.length > 200) return undefined;
  const row = await db.get<{ editor: string; expires_at: string }>(
    'SELECT editor, expires_at FROM editor_sessions WHERE token_hash = ? AND expires_at > ?',
    [digest(token), now.toISOString()],
  );
  return row && { editor: row.editor, expires: new Date(row.expires_at) };
}

export async function revokeSession(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.run('DELETE FROM editor_sessions WHERE token_hash = ?', [digest(token)]);
}

/** The Set-Cookie value for a session (`expires` in the past clears it). */
export function sessionCookie(token: string, expires: Date, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    `Expires=${expires.toUTCString()}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export const clearedSessionCookie = (secure: boolean) => sessionCookie('', new Date(0), secure);

/** The session token in a Cookie header, if any. */
export function sessionToken(cookieHeader: string | null): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === SESSION_COOKIE) return v.join('=') || undefined;
  }
  return undefined;
}
