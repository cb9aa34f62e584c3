// Editor accounts: made by `npm run editor:add -- <name>` (scripts/editor-add.ts), never by a
// request. A name is a plain word, so it can be shown and logged as it is.
import { z } from 'zod';
import type { Db } from '../store/db';
import { decoyHash, hashPassword, verifyPassword } from './password';

export const editorNameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, ".", "_" or "-"');

/** Passwords shorter than this are refused when an account is made. */
export const MIN_PASSWORD_LENGTH = 12;

/** Adds an editor, or sets a new password for an existing one. Returns whether it was new. */
export async function addEditor(db: Db, name: string, password: string): Promise<boolean> {
  editorNameSchema.parse(name);
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`the password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const existing = await tx.get('SELECT 1 AS x FROM editors WHERE name = ?', [name]);
    if (existing) {
      await tx.run('UPDATE editors SET password_hash = ? WHERE name = ?', [hash, name]);
      // A new password signs out every session of the old one.
      await tx.run('DELETE FROM editor_sessions WHERE editor = ?', [name]);
    } else {
      await tx.run('INSERT INTO editors (name, password_hash, created_at) VALUES (?, ?, ?)', [
        name,
        hash,
        new Date().toISOString(),
      ]);
    }
    return !existing;
  });
}

/** Whether the name and password are an editor's (as slow for an unknown name as for a known one). */
export async function checkPassword(db: Db, name: string, password: string): Promise<boolean> {
  const row = await db.get<{ password_hash: string }>(
    'SELECT password_hash FROM editors WHERE name = ?',
    [name],
  );
  const ok = await verifyPassword(password, row?.password_hash ?? (await decoyHash()));
  return ok && !!row;
}
