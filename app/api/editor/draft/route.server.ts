import { z } from 'zod';
import { getCountries, getDb } from '@/lib/data-server';
import { jsonResponse, unavailableResponse } from '@/lib/editor-server';
import { checkEditor } from '@/lib/auth/guard';
import { StoreUnavailableError } from '@/lib/store/db';
import { allPlaces } from '@/lib/store/collection-store';
import { outlinesAround } from '@/lib/editor/draft-outlines';
import {
  draftArticle,
  DraftInputError,
  draftInputSchema,
  type DraftInput,
} from '@/lib/ingest/draft';
import {
  decodeText,
  formatOfName,
  looksForeign,
  MAX_DRAFT_BYTES,
  type Refusal,
} from '@/lib/editor/draft-request';

export const dynamic = 'force-dynamic';

const fieldsSchema = draftInputSchema.extend({
  title: z.string().trim().optional(),
  publisher: z.string().trim().optional(),
  date: z.string().trim().optional(),
  url: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]).optional(),
});

const optional = (v: FormDataEntryValue | null) =>
  typeof v === 'string' && v.trim() ? v : undefined;

/** The request as DraftInput: JSON `{ text, format, title, … }` or a form with a `file`. */
async function readInput(request: Request): Promise<DraftInput | Refusal> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_DRAFT_BYTES + 64 * 1024)
    return { status: 413, error: 'larger than 5 MB; paste or upload a shorter text' };
  const type = request.headers.get('content-type') ?? '';
  let raw: Record<string, unknown>;
  if (type.includes('multipart/form-data')) {
    const form = await request.formData();
    const file = form.get('file');
    const meta = {
      title: optional(form.get('title')),
      publisher: optional(form.get('publisher')),
      date: optional(form.get('date')),
      url: optional(form.get('url')),
    };
    if (file instanceof File && file.size > 0) {
      const format = formatOfName(file.name);
      if (!format)
        return {
          status: 415,
          error: `${file.name}: only .txt, .md and .html files can be drafted`,
        };
      const text = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
      if (typeof text !== 'string') return text;
      raw = { ...meta, text, format };
    } else raw = { ...meta, text: form.get('text') ?? '', format: form.get('format') ?? 'txt' };
  } else {
    const body = await request.text();
    if (Buffer.byteLength(body, 'utf8') > MAX_DRAFT_BYTES + 64 * 1024)
      return { status: 413, error: 'larger than 5 MB; paste or upload a shorter text' };
    try {
      raw = JSON.parse(body);
    } catch {
      return { status: 400, error: 'body: not JSON' };
    }
  }
  const parsed = fieldsSchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { status: 400, error: `${i.path.join('.') || 'body'}: ${i.message}` };
  }
  const { url, ...rest } = parsed.data;
  if (Buffer.byteLength(rest.text, 'utf8') > MAX_DRAFT_BYTES)
    return { status: 413, error: 'the text is larger than 5 MB; paste or upload a shorter text' };
  if (!rest.text.trim())
    return { status: 400, error: 'the text is empty: paste an article or upload a file' };
  return { ...rest, ...(url ? { url } : {}) };
}

/**
 * Draft an article for review (editors only, same origin): the drafter's paragraphs and
 * suggestions, with `existing` true for places already in the collection's database, and the
 * country outlines around the suggested places for the review map (`outlines`; not part of the
 * `npm run draft` output).
 */
export async function POST(request: Request) {
  try {
    const db = await getDb();
    const guard = await checkEditor(db, request);
    if (!guard.ok) return jsonResponse({ error: guard.error }, guard.status);
    const input = await readInput(request);
    if ('status' in input) return jsonResponse({ error: input.error }, input.status);
    const draft = draftArticle(input);
    const stored = new Set((await allPlaces(db)).map((p) => p.id));
    const mark = <M extends { place: { id: string; existing: boolean } }>(m: M): M => ({
      ...m,
      place: { ...m.place, existing: stored.has(m.place.id) },
    });
    const warnings: string[] = [];
    if (looksForeign(input.text))
      warnings.push(
        'The text does not read as English: the drafter knows English names and sentences, so suggestions may be missing or wrong.',
      );
    if (!draft.mentions.length)
      warnings.push(
        'No place was found in the text. Select a sentence and choose a place to add a mention; an article needs at least one.',
      );
    return jsonResponse({
      ...draft,
      mentions: draft.mentions.map(mark),
      countries: draft.countries.map(mark),
      outlines: outlinesAround(
        draft.mentions.map((m) => m.place),
        getCountries(),
      ),
      warnings,
    });
  } catch (e) {
    if (e instanceof DraftInputError) return jsonResponse({ error: e.message }, 400);
    if (e instanceof StoreUnavailableError) return unavailableResponse();
    throw e;
  }
}
