// The editors' side of the server: who is signed in, the guard in front of every write, and what
// a write must refresh. Route handlers under app/api/editor/ and the /editor pages use it; all
// are `*.server.ts(x)`, so the static export has no editor.
import 'server-only';
import { timelineDataPath } from './range-urls';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb, invalidateCollection } from './data-server';
import { checkEditor } from './auth/guard';
import { SESSION_COOKIE, verifySession, type Session } from './auth/session';
import { StoreUnavailableError, type Db } from './store/db';
import { CollectionError } from './collection/validate';
import {
  ArticleNotFoundError,
  DuplicateArticleError,
  type PublishInput,
  type WriteResult,
} from './store/publish';
import {
  apiPath,
  articleMapPath,
  articlePlacesApiPath,
  articlesPath,
  handoutPath,
  homePath,
  placeIndexPath,
  placePath,
  readerPath,
  ROUTE_PATTERNS,
  searchIndexPath,
  searchPath,
} from './urls';

/** The editor signed in on this request (from the session cookie), or undefined. */
export async function currentEditor(): Promise<Session | undefined> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return verifySession(await getDb(), token);
}

const noStore = { 'Cache-Control': 'no-store' };

export const jsonResponse = (body: unknown, status = 200, headers: HeadersInit = {}) =>
  Response.json(body, { status, headers: { ...noStore, ...headers } });

export const unavailableResponse = () =>
  jsonResponse({ error: 'the collection’s database is unavailable' }, 503, { 'Retry-After': '5' });

/** The body of a publish or a correction: the article file and the places new to the collection. */
export const writeBodySchema = z.strictObject({
  article: z.record(z.string(), z.unknown()),
  newPlaces: z.array(z.unknown()).max(1000).optional(),
});

/** Bodies past this many bytes are refused (the largest article file is well under it). */
const MAX_BODY = 5 * 1024 * 1024;

const fieldOf = (path: readonly PropertyKey[]) => ['body', ...path.map(String)].join('.');

/** The JSON body, checked; or the 400 answer naming the field. */
async function readBody(request: Request): Promise<PublishInput | Response> {
  const text = await request.text();
  if (text.length > MAX_BODY) return jsonResponse({ error: 'body: larger than 5 MB' }, 413);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return jsonResponse({ error: 'body: not JSON', problems: ['body: not JSON'] }, 400);
  }
  const parsed = writeBodySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${fieldOf(i.path)}: ${i.message}`);
  return jsonResponse({ error: problems[0], problems }, 400);
}

/** The pages a write changes, for revalidatePath: lists, the article's own pages, its places. */
export function changedPaths({ slug, places }: WriteResult): string[] {
  return [
    homePath(),
    placeIndexPath(),
    articlesPath(),
    articleMapPath(slug),
    readerPath(slug),
    handoutPath(slug),
    articlePlacesApiPath(slug),
    ...places.map((id) => placePath(id)),
    searchPath(),
    apiPath('places'),
    apiPath('timeline'),
    timelineDataPath(articleMapPath(slug)),
    searchIndexPath(),
  ];
}

/**
 * One write: the guard (403 another origin, 401 signed out or expired), the body (400 naming the
 * field), the write itself (400 invalid data, 404 no such article, 409 a duplicate, 503 the
 * database away), then the caches and pages it changed. 200 `{ slug, revision, places, urls }`.
 */
export async function editorWrite(
  request: Request,
  write: (db: Db, body: PublishInput | undefined, editor: string) => Promise<WriteResult>,
  { body: wantsBody }: { body: boolean },
): Promise<Response> {
  try {
    const db = await getDb();
    const guard = await checkEditor(db, request);
    if (!guard.ok) return jsonResponse({ error: guard.error }, guard.status);
    const body = wantsBody ? await readBody(request) : undefined;
    if (body instanceof Response) return body;
    const result = await write(db, body, guard.session.editor);
    invalidateCollection();
    for (const path of changedPaths(result)) revalidatePath(path);
    // And by route: every page of the article (its briefing steps and embeds too) and every place
    // page.
    for (const r of Object.values(ROUTE_PATTERNS)) revalidatePath(r.path, r.type);
    return jsonResponse({
      ...result,
      urls: { map: articleMapPath(result.slug), reader: readerPath(result.slug) },
    });
  } catch (e) {
    if (e instanceof CollectionError)
      return jsonResponse({ error: e.problems[0], problems: e.problems }, 400);
    if (e instanceof DuplicateArticleError)
      return jsonResponse({ error: e.message, existing: e.existing }, 409);
    if (e instanceof ArticleNotFoundError) return jsonResponse({ error: e.message }, 404);
    if (e instanceof StoreUnavailableError) return unavailableResponse();
    throw e;
  }
}
