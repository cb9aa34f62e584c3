// Sign-in is rate-limited in the database (so a restart forgives nothing): 5 failures for a name
// from one address in 15 minutes, then 429 until the oldest of them is 15 minutes old. An
// address is what the request says (X-Forwarded-For, which `next start` fills in from the socket
// when no proxy did), and a client can forge it; so a name also locks after 50 failures from all
// addresses together.
import type { Db } from '../store/db';

export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES = 5;
export const MAX_FAILURES_PER_NAME = 50;

type Window = { n: number; oldest: string | null };

/** Seconds until another attempt is allowed for this name and address; 0 when it is allowed now. */
export async function signInRetryAfter(
  db: Db,
  name: string,
  ip: string,
  now = new Date(),
): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  const failures = (where: string, params: string[]) =>
    db.get<Window>(
      `SELECT CAST(COUNT(*) AS INTEGER) AS n, MIN(at) AS oldest FROM sign_in_attempts
       WHERE ok = 0 AND at > ? AND ${where}`,
      [since, ...params],
    );
  const wait = (w: Window | undefined, max: number) =>
    w && Number(w.n) >= max && w.oldest
      ? Math.max(1, Math.ceil((Date.parse(w.oldest) + WINDOW_MS - now.getTime()) / 1000))
      : 0;
  return Math.max(
    wait(await failures('name = ? AND ip = ?', [name, ip]), MAX_FAILURES),
    wait(await failures('name = ?', [name]), MAX_FAILURES_PER_NAME),
  );
}

/** Records an attempt; a success forgives this address's failures for the name. */
export async function recordSignIn(
  db: Db,
  name: string,
  ip: string,
  ok: boolean,
  now = new Date(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const since = new Date(now.getTime() - WINDOW_MS).toISOString();
    await tx.run('DELETE FROM sign_in_attempts WHERE at <= ?', [since]);
    if (ok) await tx.run('DELETE FROM sign_in_attempts WHERE name = ? AND ip = ?', [name, ip]);
    else
      await tx.run('INSERT INTO sign_in_attempts (name, ip, at, ok) VALUES (?, ?, ?, 0)', [
        name,
        ip,
        now.toISOString(),
      ]);
  });
}

/** The client's address as the request gives it (the first X-Forwarded-For entry). */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return (forwarded || 'unknown').slice(0, 100);
}
