// The workbench's requests (client side): draft, search places, publish. Each answers data or an
// error message fit to show as it is; the checks on the answers are small and hand-written (no
// zod in the browser).
import type { Draft } from '../ingest/draft';
import { isOutlines, type Outlines } from './outlines';
import type { PlaceResult } from './place-result';
import type { PublishBody } from './to-article';
import { draftApiPath, editorArticlesApiPath, editorPlacesApiPath } from '../urls';

/** The draft, with the route's additions: warnings and the country outlines for the review map. */
export type DraftAnswer = Draft & { warnings: string[]; outlines?: Outlines };
export type Published = { slug: string; urls: { map: string; reader: string } };
export type Failure = {
  error: string;
  problems?: string[];
  existing?: { slug: string; status: string };
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

async function answer(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return { error: `the server answered ${response.status} without a message` };
  }
}

function failure(status: number, body: unknown): Failure {
  const error =
    isObject(body) && typeof body.error === 'string' ? body.error : `the server answered ${status}`;
  const problems =
    isObject(body) && Array.isArray(body.problems) ? body.problems.map(String) : undefined;
  const existing =
    isObject(body) && isObject(body.existing) && typeof body.existing.slug === 'string'
      ? { slug: body.existing.slug, status: String(body.existing.status) }
      : undefined;
  return {
    error: status === 401 ? `${error}. Sign in again in another tab, then retry.` : error,
    problems,
    existing,
  };
}

const offline = (e: unknown): Failure => ({
  error: `the request did not reach the server (${e instanceof Error ? e.message : String(e)})`,
});

/** Drafts from a form: pasted text or an uploaded file, with the article's details. */
export async function requestDraft(form: FormData): Promise<DraftAnswer | Failure> {
  try {
    const response = await fetch(draftApiPath(), { method: 'POST', body: form });
    const body = await answer(response);
    if (!response.ok || !isObject(body) || !Array.isArray(body.paragraphs))
      return failure(response.status, body);
    return {
      ...(body as Draft),
      warnings: Array.isArray(body.warnings) ? body.warnings : [],
      // Outlines that do not fit are left off: the map then shows the places without them.
      outlines: isOutlines(body.outlines) ? body.outlines : undefined,
    };
  } catch (e) {
    return offline(e);
  }
}

export async function searchPlaces(q: string): Promise<PlaceResult[] | Failure> {
  try {
    const response = await fetch(editorPlacesApiPath(q));
    const body = await answer(response);
    if (!response.ok || !isObject(body) || !Array.isArray(body.places))
      return failure(response.status, body);
    return body.places as PlaceResult[];
  } catch (e) {
    return offline(e);
  }
}

export async function publish(body: PublishBody): Promise<Published | Failure> {
  try {
    const response = await fetch(editorArticlesApiPath(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = await answer(response);
    if (!response.ok || !isObject(json) || !isObject(json.urls))
      return failure(response.status, json);
    return json as Published;
  } catch (e) {
    return offline(e);
  }
}

export const isFailure = (x: unknown): x is Failure =>
  isObject(x) && typeof x.error === 'string' && !('paragraphs' in x);
