// A write must come from a page of this site: its Origin (or, when a browser sends none, its
// Referer's origin) must be the request's own. SameSite=Strict cookies already keep other sites'
// requests signed out; this is the second lock, and it covers sign-in (login CSRF) too.

/**
 * The origin the request was sent to: its Host header and scheme as `next start` sees them
 * (X-Forwarded-Proto, which Next fills in when no proxy did). A proxy must pass Host through.
 */
export function ownOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host') ?? url.host;
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return `${proto === 'https' || proto === 'http' ? proto : url.protocol.slice(0, -1)}://${host}`;
}

/** The origin the request says it came from, or undefined. */
export function claimedOrigin(request: Request): string | undefined {
  const origin = request.headers.get('origin');
  if (origin && origin !== 'null') return origin;
  const referer = request.headers.get('referer');
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

export const isSameOrigin = (request: Request) => claimedOrigin(request) === ownOrigin(request);

/** Whether the site is served over https (the session cookie is then Secure). */
export const isHttps = (request: Request) => ownOrigin(request).startsWith('https:');
