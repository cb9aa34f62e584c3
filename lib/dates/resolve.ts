// Resolving against what the publication date knows. Anything finer than the article's own
// precision is never guessed: it falls back to the publication date at that precision, with a
// note saying what the words meant.
import {
  addDays,
  addMonths,
  describePublished,
  fmtDay,
  fmtMonth,
  fmtPublished,
  fmtYear,
  type Published,
  type Ymd,
} from './calendar';
import type { StatedDate } from './types';

export type Resolved = Pick<StatedDate, 'value' | 'precision' | 'note'>;

export const single = (v: string, precision: 'day' | 'month' | 'year', note?: string): Resolved =>
  note ? { value: { from: v, to: v }, precision, note } : { value: { from: v, to: v }, precision };

export const range = (ends: { from?: string; to?: string }, note?: string): Resolved => {
  // An open end is left out, not set to undefined: "since 2014" is { from: '2014' }.
  const value: { from?: string; to?: string } = {};
  if (ends.from !== undefined) value.from = ends.from;
  if (ends.to !== undefined) value.to = ends.to;
  return note ? { value, precision: 'range', note } : { value, precision: 'range' };
};

/** The publication day, when the article knows it. */
export const publishedDay = (p: Published): Ymd | undefined =>
  p.m !== undefined && p.d !== undefined ? { y: p.y, m: p.m, d: p.d } : undefined;

/** "Saturday" in a December 2021 article: a day in December 2021, at the article's precision. */
export const coarse = (what: string, p: Published): Resolved =>
  single(
    fmtPublished(p),
    p.precision,
    `${what} in a ${p.precision}-precision article: a day in ${describePublished(p)}`,
  );

/** The publication date moved by a number of months, at the article's precision. */
export const shiftPublished = (p: Published, months: number): string => {
  const day = publishedDay(p);
  if (day) {
    const { y, m } = addMonths(day.y, day.m, months);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return fmtDay({ y, m, d: Math.min(day.d, last) });
  }
  if (p.m !== undefined) {
    const { y, m } = addMonths(p.y, p.m, months);
    return fmtMonth(y, m);
  }
  return fmtYear(p.y + Math.trunc(months / 12));
};

/** A duration as the calendar counts it: whole months, or days. */
export type Duration = { months: number } | { days: number };

/** The publication date moved by a duration (negative: back), at the article's precision. */
export const shiftBy = (p: Published, d: Duration, sign: 1 | -1): string => {
  if ('months' in d) return shiftPublished(p, sign * d.months);
  const day = publishedDay(p);
  if (day) return fmtDay(addDays(day, sign * d.days));
  // A span of days from a month-precision date can cross into the next or previous month.
  return shiftPublished(p, sign * Math.ceil(d.days / 28));
};
