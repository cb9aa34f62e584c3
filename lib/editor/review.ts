// The review's state, as plain data and pure functions: the draft's suggestions with the
// analyst's decisions, the furniture kept or removed, and mentions the analyst added. The
// workbench (components/editor/) holds one ReviewState; lib/editor/to-article.ts turns it into
// what the write API takes. No React, no zod: unit-tested, and small in the browser.
import type { StatedDate } from '../dates/types';
import type { Draft, DraftParagraph } from '../ingest/draft';
import type { PlaceResult } from './place-result';

export type Decision = 'pending' | 'accepted' | 'rejected';

export type Suggestion = {
  key: string;
  /** Index into the draft's paragraphs (not the published ¶ number, which follows the removals). */
  index: number;
  /** The sentence(s): paragraphs[index].text.slice(start, end). */
  start: number;
  end: number;
  /** The names in the paragraph that made the suggestion. */
  names: { start: number; end: number }[];
  place: PlaceResult;
  confidence: number;
  reason: string;
  decision: Decision;
  /** Added by the analyst (no drafter's suggestion). */
  added?: boolean;
  /**
   * The dates its sentence states, as reviewed (offsets in the paragraph's text); published with
   * the mention. Absent when the draft proposed none (no article date, or added by the analyst).
   */
  dates?: StatedDate[];
  /** The drafter's dates, to restore after a removal or correction (review-dates.ts). */
  proposedDates?: StatedDate[];
};

export type ReviewState = {
  paragraphs: DraftParagraph[];
  /** Per paragraph: kept in the article. Flagged furniture starts removed. */
  kept: boolean[];
  suggestions: Suggestion[];
  /** The analyst's summary sentence of each place, by place id. */
  summaries: Record<string, string>;
};

/** The review of a fresh draft: every suggestion pending, furniture removed. */
export function startReview(draft: Pick<Draft, 'paragraphs' | 'mentions'>): ReviewState {
  const indexOf = new Map<number, number>();
  draft.paragraphs.forEach((p, i) => p.n !== null && indexOf.set(p.n, i));
  return {
    paragraphs: draft.paragraphs,
    kept: draft.paragraphs.map((p) => p.n !== null),
    suggestions: draft.mentions.map((m, i) => ({
      key: `s${i}`,
      index: indexOf.get(m.paragraph) ?? 0,
      start: m.start,
      end: m.end,
      names: m.names,
      place: m.place,
      confidence: m.confidence,
      reason: m.reason,
      decision: 'pending',
      ...(m.dates ? { dates: m.dates, proposedDates: m.dates } : {}),
    })),
    summaries: {},
  };
}

const update = (s: ReviewState, key: string, change: (x: Suggestion) => Suggestion) => ({
  ...s,
  suggestions: s.suggestions.map((x) => (x.key === key ? change(x) : x)),
});

export const decide = (s: ReviewState, key: string, decision: Decision) =>
  update(s, key, (x) => ({ ...x, decision }));

/** Accepts every suggestion of this suggestion's place, in the whole article. */
export function acceptEverywhere(s: ReviewState, key: string): ReviewState {
  const id = s.suggestions.find((x) => x.key === key)?.place.id;
  return {
    ...s,
    suggestions: s.suggestions.map((x) => (x.place.id === id ? { ...x, decision: 'accepted' } : x)),
  };
}

/** Another place for this suggestion (accepted with it: choosing is deciding). */
export const changePlace = (s: ReviewState, key: string, place: PlaceResult) =>
  update(s, key, (x) => ({ ...x, place, decision: 'accepted' }));

export const setKept = (s: ReviewState, index: number, kept: boolean): ReviewState => ({
  ...s,
  kept: s.kept.map((k, i) => (i === index ? kept : k)),
});

export const setSummary = (s: ReviewState, id: string, summary: string): ReviewState => ({
  ...s,
  summaries: { ...s.summaries, [id]: summary },
});

const endsSentence = (text: string, i: number) =>
  /[.!?]/.test(text[i - 1] ?? '') && (i === text.length || /\s/.test(text[i]));

/**
 * Widens [start, end) of a paragraph to the whole sentences it touches (the collection quotes
 * whole sentences only; lib/places-schema.ts isWholeSentencesAt is the rule).
 */
export function sentenceSpanOf(text: string, start: number, end: number) {
  let s = Math.max(0, Math.min(start, text.length));
  while (s > 0 && !/(?:[.!?:]|[.!?]”)\s$/.test(text.slice(Math.max(0, s - 3), s))) s -= 1;
  while (s < text.length && /\s/.test(text[s])) s += 1;
  let e = Math.max(end, s + 1);
  const closing = (i: number) => (text[i] === '”' ? i + 1 : i);
  while (e < text.length && !endsSentence(text, closing(e))) e += 1;
  e = Math.min(text.length, closing(e));
  return { start: s, end: e };
}

/** A mention the drafter missed: the selected words, widened to their sentence(s), accepted. */
export function addMention(
  s: ReviewState,
  index: number,
  selection: { start: number; end: number },
  place: PlaceResult,
): ReviewState {
  const text = s.paragraphs[index]?.text ?? '';
  const span = sentenceSpanOf(text, selection.start, selection.end);
  const key = `a${s.suggestions.length}-${index}-${selection.start}`;
  const added: Suggestion = {
    key,
    index,
    ...span,
    names: [selection],
    place,
    confidence: 1,
    reason: 'added by the analyst',
    decision: 'accepted',
    added: true,
  };
  const suggestions = [...s.suggestions, added].sort(
    (a, b) => a.index - b.index || a.start - b.start,
  );
  return { ...s, kept: setKept(s, index, true).kept, suggestions };
}

/** Why a place cannot be published, or undefined when it can. */
export function unpublishable(place: PlaceResult): string | undefined {
  if (place.existing) return undefined;
  if (place.kind === 'country')
    return 'a country is the story’s frame: the collection maps cities, regions and borders';
  if (place.kind === 'sea') return 'the collection has no seas: only cities, regions and borders';
  if (place.kind !== 'city' && !place.geometry)
    return `the gazetteer has no outline for this ${place.kind}`;
  return undefined;
}

/** The publishable places of the accepted suggestions (kept paragraphs), in order of first mention. */
export function acceptedPlaces(s: ReviewState): PlaceResult[] {
  const seen = new Map<string, PlaceResult>();
  for (const x of s.suggestions)
    if (x.decision === 'accepted' && s.kept[x.index] && !unpublishable(x.place))
      if (!seen.has(x.place.id)) seen.set(x.place.id, x.place);
  return [...seen.values()];
}
