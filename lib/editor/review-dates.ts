// The review of the dates a suggestion's sentence states (the draft proposes them, lib/dates):
// removed when wrong or not about the event, or corrected by hand. Pure and small like review.ts:
// the form's words are checked here, in the browser, so a bad value is never kept; the server
// checks the stored dates again (lib/collection/validate.ts).
import type { DatePrecision, StatedDate } from '../dates/types';
import type { ReviewState } from './review';

export type DateValue = Pick<StatedDate, 'value' | 'precision'>;

/** What the correction form holds: From and To as typed, and the precision chosen. */
export type DateInput = { from: string; to: string; precision: DatePrecision };

const FORMAT = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' } as const;

/** 'day', 'month' or 'year' for a value written YYYY-MM-DD, YYYY-MM or YYYY. */
const precisionOf = (v: string) => (v.length === 10 ? 'day' : v.length === 7 ? 'month' : 'year');

/** Whether the value is YYYY, YYYY-MM or YYYY-MM-DD and names a real month or day. */
function isDate(v: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return mo >= 1 && mo <= 12 && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** '2021-12-27' → '27 December 2021'; '2021-12' → 'December 2021'; '2014' → '2014'. */
function dateWords(v: string): string {
  const [y, m, d] = v.split('-').map(Number);
  if (m === undefined) return v;
  const at = new Date(Date.UTC(y, m - 1, d ?? 1));
  const month = at.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/** The resolved value in words: "December 2021", "from 2014, open end". */
export function describeDate({ value: { from, to } }: DateValue): string {
  if (from && to) return from === to ? dateWords(from) : `${dateWords(from)} to ${dateWords(to)}`;
  if (from) return `from ${dateWords(from)}, open end`;
  return `up to ${dateWords(to!)}, open start`;
}

/** The precision the ends imply: the ends' own when they are one value, else a range. */
export function impliedPrecision(from: string, to: string): DatePrecision | undefined {
  const [f, t] = [from.trim(), to.trim()];
  if (f && f === t && isDate(f)) return precisionOf(f);
  if ((f || t) && f !== t) return 'range';
  return undefined;
}

/** The parts of the form a problem is about, to mark them invalid. */
export type DateField = 'from' | 'to' | 'precision';
export type DateProblem = { error: string; fields: DateField[] };

/** The form's value when it is one the collection accepts, else the problem in words. */
export function readDateInput(input: DateInput): DateValue | DateProblem {
  const from = input.from.trim();
  const to = input.to.trim();
  if (!from && !to) return { error: 'Give a From or a To date, or both.', fields: ['from', 'to'] };
  for (const [field, name, v] of [
    ['from', 'From', from],
    ['to', 'To', to],
  ] as const)
    if (v && !isDate(v))
      return {
        error: `${name}: “${v}” is not a date written YYYY, YYYY-MM or YYYY-MM-DD.`,
        fields: [field],
      };
  // As model.ts compares them: a shorter end covers its whole month or year.
  if (from && to && from > to.padEnd(10, '~'))
    return { error: 'From is after To.', fields: ['from', 'to'] };
  const { precision } = input;
  if (precision !== 'range') {
    if (from !== to || precisionOf(from) !== precision)
      return {
        error: `One ${precision} needs the same From and To, written ${FORMAT[precision]}; for a span, choose a range.`,
        fields: ['precision'],
      };
  } else if (from === to)
    return {
      error: 'A range needs two different ends, or one left open (empty).',
      fields: ['precision'],
    };
  const value: StatedDate['value'] = {};
  if (from) value.from = from;
  if (to) value.to = to;
  return { value, precision };
}

const updateDates = (
  s: ReviewState,
  key: string,
  change: (dates: StatedDate[]) => StatedDate[],
): ReviewState => ({
  ...s,
  suggestions: s.suggestions.map((x) =>
    x.key === key && x.dates ? { ...x, dates: change(x.dates) } : x,
  ),
});

/** Drops the i-th date of a suggestion: wrong, or not about the event. */
export const removeDate = (s: ReviewState, key: string, i: number) =>
  updateDates(s, key, (dates) => dates.filter((_, j) => j !== i));

/**
 * A new value for the i-th date; the words and their offsets stay. The drafter's note goes:
 * it explained the drafter's reading, which is no longer the one kept.
 */
export const correctDate = (s: ReviewState, key: string, i: number, corrected: DateValue) =>
  updateDates(s, key, (dates) =>
    dates.map((d, j) => (j === i ? { text: d.text, start: d.start, end: d.end, ...corrected } : d)),
  );

/** The drafter's dates again, undoing every removal and correction of this suggestion. */
export const restoreDates = (s: ReviewState, key: string): ReviewState => ({
  ...s,
  suggestions: s.suggestions.map((x) => (x.key === key ? { ...x, dates: x.proposedDates } : x)),
});
