// The check in front of every write: a same-origin request (else 403) from a signed-in editor
// whose session has not expired (else 401). The origin is checked first, so a forged request
// learns nothing about sessions.
import type { Db } from '../store/db';
import { isSameOrigin } from './origin';
import { sessionToken, verifySession, type Session } from './session';

export type Guarded =
  { ok: true; session: Session; token: string } | { ok: false; status: 401 | 403; error: string };

export async function checkEditor(db: Db, request: Request, now = new Date()): Promise<Guarded> {
  if (!isSameOrigin(request))
    return { ok: false, status: 403, error: 'the request does not come from this site' };
  const token = sessionToken(request.headers.get('cookie'));
  const session = await verifySession(db, token, now);
  if (!session || !token)
    return { ok: false, status: 401, error: 'sign in first (no session, or it has expired)' };
  return { ok: true, session, token };
}
