// Editors' passwords: scrypt (memory-hard, in node:crypto), a fresh random salt each, and the
// parameters stored with the hash, so they can be raised later without breaking old hashes.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (e, key) => (e ? reject(e) : resolve(key))),
  );

/** N = 2^15, r = 8: 32 MiB and some 50–100 ms per hash (OWASP's scrypt minimum is N = 2^17 … r = 8, p = 1 at 128 MiB; this keeps two cores usable). */
const DEFAULT = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const maxmem = (N: number, r: number, p: number) => 128 * N * r * p + 32 * 1024 * 1024;

/** `scrypt$<N>$<r>$<p>$<salt, base64>$<hash, base64>`. */
export async function hashPassword(password: string, params = DEFAULT): Promise<string> {
  const { N, r, p } = params;
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { N, r, p, maxmem: maxmem(N, r, p) });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` matches `stored` (a hashPassword result); false for anything malformed. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  const [N, R, P] = [n, r, p].map(Number);
  if (scheme !== 'scrypt' || ![N, R, P].every(Number.isSafeInteger) || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  if (!expected.length) return false;
  const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N,
    r: R,
    p: P,
    maxmem: maxmem(N, R, P),
  }).catch(() => undefined);
  return !!key && timingSafeEqual(key, expected);
}

/**
 * A hash no password matches, checked when the name is unknown, so a wrong name takes as long as
 * a wrong password and the timing tells nobody which names exist.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  return (decoy ??= hashPassword(randomBytes(16).toString('base64')));
}
