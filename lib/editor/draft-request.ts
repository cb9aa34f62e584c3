// The draft route's input: a JSON body or a multipart upload, turned into DraftInput or a clear
// refusal. Pure (no database, no gazetteer), so the refusals are unit-tested.
import type { DraftInput } from '../ingest/draft';

export const MAX_DRAFT_BYTES = 5 * 1024 * 1024;

export type Refusal = { status: 400 | 413 | 415; error: string };

const FORMATS = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
} as const;

/** The format a file's name says, or undefined for any other extension. */
export function formatOfName(name: string): DraftInput['format'] | undefined {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return (FORMATS as Record<string, DraftInput['format']>)[ext];
}

/** The bytes of an upload as text, or why they are not a text file. */
export function decodeText(bytes: Uint8Array, name: string): string | Refusal {
  if (bytes.byteLength > MAX_DRAFT_BYTES)
    return { status: 413, error: `${name}: larger than 5 MB; paste or upload a shorter text` };
  if (bytes.includes(0))
    return { status: 400, error: `${name}: a binary file (it contains NUL bytes), not text` };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { status: 400, error: `${name}: not UTF-8 text (a binary file, or another encoding)` };
  }
}

/**
 * Whether the text reads as another language than English: most of its letters are outside the
 * Latin alphabet, or it has almost none of English's commonest words.
 */
export function looksForeign(text: string): boolean {
  const sample = text.slice(0, 20000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 40) return false;
  const latin = sample.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  if (latin / letters < 0.5) return true;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const common = words.filter((w) => /^(the|and|of|to|in|a|is|was|that|for|on|with)$/.test(w));
  return words.length > 30 && common.length / words.length < 0.03;
}
