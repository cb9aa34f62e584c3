import { getDb } from '@/lib/data-server';
import { jsonResponse, unavailableResponse } from '@/lib/editor-server';
import { checkPassword } from '@/lib/auth/editors';
import { isHttps, isSameOrigin } from '@/lib/auth/origin';
import { clientAddress, recordSignIn, signInRetryAfter } from '@/lib/auth/rate-limit';
import { createSession, sessionCookie } from '@/lib/auth/session';
import { StoreUnavailableError } from '@/lib/store/db';
import { editorPath, signInPath } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/** The sign-in page's form, or JSON `{ name, password }` from a script. */
async function credentials(request: Request, json: boolean) {
  const raw: Record<string, unknown> = json
    ? await request.json().catch(() => ({}))
    : Object.fromEntries(await request.formData().catch(() => new FormData()));
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  return { name: text(raw?.name, 64).trim(), password: text(raw?.password, 1000) };
}

/**
 * Sign in. A form gets 303 to /editor (signed in) or back to the sign-in page with the reason; a
 * JSON request gets 200 `{ editor, expires }` or 401. Both: 403 from another origin, 429 with
 * Retry-After after 5 failures for the name from one address in 15 minutes, 503 database away.
 */
export async function POST(request: Request) {
  const json = (request.headers.get('content-type') ?? '').includes('application/json');
  const back = (error?: string) =>
    new Response(null, {
      status: 303,
      headers: { Location: error ? signInPath(error) : editorPath(), 'Cache-Control': 'no-store' },
    });
  if (!isSameOrigin(request))
    return json
      ? jsonResponse({ error: 'the request does not come from this site' }, 403)
      : back('origin');
  try {
    const { name, password } = await credentials(request, json);
    const db = await getDb();
    const ip = clientAddress(request);
    const wait = await signInRetryAfter(db, name, ip);
    if (wait > 0)
      return jsonResponse(
        { error: `too many failed sign-ins: try again in ${Math.ceil(wait / 60)} min` },
        429,
        { 'Retry-After': String(wait) },
      );
    const ok = name !== '' && (await checkPassword(db, name, password));
    await recordSignIn(db, name, ip, ok);
    if (!ok) return json ? jsonResponse({ error: 'wrong name or password' }, 401) : back('wrong');
    const session = await createSession(db, name);
    const cookie = sessionCookie(session.token, session.expires, isHttps(request));
    if (!json) {
      const res = back();
      res.headers.set('Set-Cookie', cookie);
      return res;
    }
    return jsonResponse({ editor: name, expires: session.expires.toISOString() }, 200, {
      'Set-Cookie': cookie,
    });
  } catch (e) {
    if (e instanceof StoreUnavailableError) return unavailableResponse();
    throw e;
  }
}
