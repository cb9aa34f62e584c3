/**
 * The article drafter: plain text, Markdown or HTML in; numbered paragraphs (site furniture
 * flagged, not dropped) and suggested place mentions out, each with its sentence span, a
 * confidence, the reason and the runners-up. Offline and pure: the gazetteer is a committed file
 * (data/gazetteer.json). Server-only: it reads files, so client components never import it.
 *
 *   const draft = draftArticle({ text, format: 'html', title: 'Talks in Minsk' });
 *   draft.mentions[0] // { place: { id: 'kyiv', … }, paragraph: 3, start, end, text, confidence, reason, alternatives }
 *
 * Invariants: `mention.text === paragraphs[n].text.slice(start, end)`, and start/end cover whole
 * sentences. Countries are reported apart (`countries`): the collection maps places within
 * them, and a country named in passing is the story's frame, not a place to mark.
 */
import { z } from 'zod';
import type { ArticleDate } from '../collection/model';
import { datesIn } from '../dates/extract';
import { datesWithin } from '../dates/mentions';
import type { StatedDate } from '../dates/types';
import { loadGazetteer, type Entry, type Gazetteer } from './gazetteer';
import type { GazetteerGeometry, PlaceKind } from './gazetteer-file';
import { countryCode, findInParagraph, type Found } from './find';
import { confidenceOf, rank, type Evidence } from './resolve';
import { DEMONYMS } from './rules';
import {
  blockKind,
  furnitureReason,
  htmlToText,
  markdownToText,
  sentenceSpans,
  splitParagraphs,
} from './text';

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export const draftInputSchema = z.object({
  text: z.string(),
  format: z.enum(['txt', 'md', 'html']).default('txt'),
  title: z.string().optional(),
  publisher: z.string().optional(),
  date: z.string().optional(),
  url: z.string().url().optional(),
});
export type DraftInput = z.input<typeof draftInputSchema>;

export type DraftPlace = {
  /** An id of data/collection/places.geojson when `existing`, else a stable slug ('kharkiv'). */
  id: string;
  name: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
  source: string;
  licence: string;
  existing: boolean;
  /** Outline of a new region or line of a new border, where the gazetteer has one. */
  geometry?: GazetteerGeometry;
};
export type Alternative = Pick<DraftPlace, 'id' | 'name' | 'kind' | 'lon' | 'lat'> & {
  country: string;
  why: string;
};
export type DraftMention = {
  place: DraftPlace;
  paragraph: number;
  /** The sentence(s) naming the place, in the paragraph's characters. */
  start: number;
  end: number;
  text: string;
  /** Where the names themselves are, in the paragraph. */
  names: { start: number; end: number }[];
  confidence: number;
  reason: string;
  alternatives: Alternative[];
  /**
   * The dates its sentence(s) state, resolved against the article's date (lib/dates), for the
   * reviewer to accept or correct with the mention; absent when the article has no date. Their
   * start/end are offsets in the paragraph's text, like the mention's.
   */
  dates?: StatedDate[];
};
export type DraftParagraph = {
  /** The paragraph's number in the article; null for flagged furniture. */
  n: number | null;
  text: string;
  kind: 'body' | 'subheading' | 'caption' | 'title';
  /** Why the paragraph looks like site furniture; the analyst decides. */
  furniture?: string;
};
export type Draft = {
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  paragraphs: DraftParagraph[];
  mentions: DraftMention[];
  countries: DraftMention[];
  /** Names passed over, and why ("Kyiv Post" is a newspaper). */
  skipped: { paragraph: number; text: string; reason: string }[];
};

export class DraftInputError extends Error {}

function toText(input: z.output<typeof draftInputSchema>): { text: string; title?: string } {
  if (input.format === 'html') return htmlToText(input.text);
  if (input.format === 'md') return { text: markdownToText(input.text) };
  return { text: input.text };
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function paragraphsOf(
  blocks: string[],
  given?: string,
): { title: string; paragraphs: DraftParagraph[] } {
  let title = given ?? '';
  const paragraphs: DraftParagraph[] = [];
  const credit = blocks.findIndex((b) => furnitureReason(b) === 'photo credit');
  blocks.forEach((text, i) => {
    if (
      i === 0 &&
      (given ? sameText(text, given) : text.length < 150 && blockKind(text) === 'subheading')
    ) {
      title ||= text;
      paragraphs.push({ n: null, text, kind: 'title', furniture: 'the title, repeated' });
      return;
    }
    const furniture = furnitureReason(text);
    const n = furniture ? null : paragraphs.filter((p) => p.n !== null).length + 1;
    const kind = credit > 0 && credit < 6 && i < credit ? 'caption' : blockKind(text);
    paragraphs.push({ n, text, kind, ...(furniture ? { furniture } : {}) });
  });
  return { title, paragraphs };
}

function evidenceOf(found: Found[][], texts: string[], g: Gazetteer): Evidence {
  const countries = new Map<string, number>();
  const add = (c: string | undefined) => c && countries.set(c, (countries.get(c) ?? 0) + 1);
  for (const f of found.flat())
    if (f.entries.length && f.entries.every((e) => e.kind === 'country'))
      add(f.entries[0].countries[0]);
  for (const t of texts)
    for (const m of t.matchAll(/\b[\p{Lu}][\p{L}]+\b/gu))
      if (DEMONYMS[m[0].toLowerCase()]) add(countryCode(g, m[0]));
  const anchors = found
    .flat()
    .filter((f) => f.entries.length === 1 && f.entries[0].kind !== 'country')
    .map((f) => [f.entries[0].lon, f.entries[0].lat] as [number, number]);
  return { countries, anchors };
}

function borderEntry(g: Gazetteer, f: Found, ev: Evidence): Entry | undefined {
  const borders = [...g.byId.values()].filter((e) => e.kind === 'border');
  if (f.rule) {
    const [a, b] = f.rule.split('|');
    return borders.find((e) => e.countries.includes(a) && e.countries.includes(b));
  }
  // One side named: the other is the neighbour the article names most, else the story's Russia.
  const side = f.oneSidedBorder ?? [...ev.countries].sort((x, y) => y[1] - x[1])[0]?.[0] ?? 'UA';
  const options = borders.filter((e) => e.countries.includes(side));
  const other = (e: Entry) => e.countries.find((c) => c !== side)!;
  const weight = (e: Entry) =>
    (ev.countries.get(other(e)) ?? 0) + (other(e) === 'RU' || other(e) === 'UA' ? 0.5 : 0);
  return options.sort((x, y) => weight(y) - weight(x))[0];
}

function placeOf(e: Entry, g: Gazetteer): DraftPlace {
  const existing = g.collection.has(e.id);
  const geometry = existing ? undefined : g.geometry[e.id];
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    lon: e.lon,
    lat: e.lat,
    source: e.source,
    licence: e.licence,
    existing,
    ...(geometry ? { geometry } : {}),
  };
}

/** Widens [start, end) to the sentences it touches. */
function sentenceSpan(text: string, start: number, end: number) {
  const spans = sentenceSpans(text);
  const s = spans.find((x) => x.end > start) ?? { start: 0, end: text.length };
  const e = [...spans].reverse().find((x) => x.start < end) ?? s;
  return { start: Math.min(s.start, start), end: Math.max(e.end, end) };
}

/** Drafts one article. Throws DraftInputError for input that is not an article. */
export function draftArticle(raw: DraftInput, gazetteer: Gazetteer = loadGazetteer()): Draft {
  const input = draftInputSchema.parse(raw);
  if (Buffer.byteLength(input.text, 'utf8') > MAX_INPUT_BYTES)
    throw new DraftInputError(`the text is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  if (input.text.includes('\u0000'))
    throw new DraftInputError('the text contains NUL bytes: not a text file');
  const converted = toText(input);
  const blocks = splitParagraphs(converted.text);
  if (!blocks.length) throw new DraftInputError('the text is empty');
  const { title, paragraphs } = paragraphsOf(blocks, input.title ?? converted.title);
  const kept = paragraphs.filter((p): p is DraftParagraph & { n: number } => p.n !== null);
  const results = kept.map((p, i) => findInParagraph(p.text, gazetteer, i === 0));
  const evidence = evidenceOf(
    results.map((r) => r.found),
    kept.map((p) => p.text),
    gazetteer,
  );
  const byPair = new Map<string, DraftMention>();
  const mentions: DraftMention[] = [];
  const countries: DraftMention[] = [];
  kept.forEach((p, i) => {
    for (const f of results[i].found) {
      const wantKind = f.cues.find((c) => c.kind)?.kind;
      let entry: Entry | undefined;
      let confidence: number;
      let why: string[];
      let alternatives: Alternative[] = [];
      if (wantKind === 'border') {
        entry = borderEntry(gazetteer, f, evidence);
        confidence = f.rule ? 0.9 : 0.8;
        why = [];
      } else {
        const ranked = rank(f.entries, evidence, wantKind, f.qualifier);
        entry = ranked[0]?.entry;
        confidence = confidenceOf(ranked, Boolean(wantKind || f.qualifier));
        why = ranked[0]?.why ?? [];
        alternatives = ranked.slice(1, 4).map((r) => ({
          id: r.entry.id,
          name: r.entry.name,
          kind: r.entry.kind,
          lon: r.entry.lon,
          lat: r.entry.lat,
          country: r.entry.countries.join('|'),
          why: r.why.join('; '),
        }));
      }
      if (!entry) continue;
      const key = `${entry.id}@${p.n}`;
      const name = { start: f.start, end: f.end };
      const known = byPair.get(key);
      if (known) {
        known.names.push(name);
        const span = sentenceSpan(p.text, known.start, f.end);
        known.end = span.end;
        known.text = p.text.slice(known.start, known.end);
        continue;
      }
      const span = sentenceSpan(p.text, f.start, f.end);
      const reason = [
        `"${p.text.slice(f.start, f.end)}"`,
        ...f.cues.map((c) => c.reason),
        ...why,
        ...(alternatives.length
          ? [
              `chosen over ${alternatives.map((a) => `${a.name} (${a.country || a.kind})`).join(', ')}`,
            ]
          : []),
      ].join('; ');
      const m: DraftMention = {
        place: placeOf(entry, gazetteer),
        paragraph: p.n,
        ...span,
        text: p.text.slice(span.start, span.end),
        names: [name],
        confidence,
        reason,
        alternatives,
      };
      byPair.set(key, m);
      (entry.kind === 'country' ? countries : mentions).push(m);
    }
  });
  const skipped = kept.flatMap((p, i) =>
    results[i].skipped.map((s) => ({
      paragraph: p.n,
      text: p.text.slice(s.start, s.end),
      reason: s.reason,
    })),
  );
  const { publisher, date, url } = input;
  const published = articleDateOf(date);
  if (published) {
    // Over the whole paragraph, like mentionDates(): "the previous day" counts from an earlier
    // sentence, and the offsets are the paragraph's, like the mention's own.
    const dated = kept.filter((p) => mentions.some((m) => m.paragraph === p.n));
    const byParagraph = new Map(dated.map((p) => [p.n, datesIn(p.text, published)]));
    for (const m of mentions) m.dates = datesWithin(byParagraph.get(m.paragraph)!, m.start, m.end);
  }
  return { title, publisher, date, url, paragraphs, mentions, countries, skipped };
}

/** The article's date as given ("2022-03-03", "2022-03" or "2022"), at the precision given. */
export function articleDateOf(date: string | undefined): ArticleDate | undefined {
  const precision = /^\d{4}-\d{2}-\d{2}$/.test(date ?? '')
    ? 'day'
    : /^\d{4}-\d{2}$/.test(date ?? '')
      ? 'month'
      : /^\d{4}$/.test(date ?? '')
        ? 'year'
        : undefined;
  return date && precision ? { value: date, precision, inferred: false } : undefined;
}
