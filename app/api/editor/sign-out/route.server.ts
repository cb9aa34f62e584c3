import { getDb } from '@/lib/data-server';
import { jsonResponse, unavailableResponse } from '@/lib/editor-server';
import { isHttps, isSameOrigin } from '@/lib/auth/origin';
import { clearedSessionCookie, revokeSession, sessionToken } from '@/lib/auth/session';
import { StoreUnavailableError } from '@/lib/store/db';
import { signInPath } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/** Sign out: the session ends in the database and the cookie is cleared (form: 303 to sign-in). */
export async function POST(request: Request) {
  const json = (request.headers.get('content-type') ?? '').includes('application/json');
  if (!isSameOrigin(request))
    return jsonResponse({ error: 'the request does not come from this site' }, 403);
  try {
    await revokeSession(await getDb(), sessionToken(request.headers.get('cookie')));
  } catch (e) {
    if (e instanceof StoreUnavailableError) return unavailableResponse();
    throw e;
  }
  const cookie = clearedSessionCookie(isHttps(request));
  return json
    ? jsonResponse({ signedOut: true }, 200, { 'Set-Cookie': cookie })
    : new Response(null, {
        status: 303,
        headers: { Location: signInPath(), 'Set-Cookie': cookie, 'Cache-Control': 'no-store' },
      });
}
