// chrono-node finds the ordinary dates (weekdays, month names, "January 12th", "yesterday");
// this turns its result into a StatedDate without letting it fill in what the article does not
// know: chrono implies a day for "Sunday" or "January", this keeps only what the words and the
// publication date state.
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { addDays, fmtDay, fmtMonth, fmtYear, nearestYear, weekdayOf } from './calendar';
import type { Published } from './calendar';
import { coarse, publishedDay, range, single, type Resolved } from './resolve';

/** A point in time as far as it is known: year, maybe month, maybe day. */
type Point = { value: string; precision: 'day' | 'month' | 'year' } | { resolved: Resolved };

const isRelative = (r: ParsedResult) =>
  [...r.tags()].some((t) => t === 'result/relativeDate' || t.startsWith('casualReference/'));

const pointOf = (c: ParsedComponents, r: ParsedResult, p: Published): Point | null => {
  const month = c.isCertain('month') ? c.get('month')! : undefined;
  const day = c.isCertain('day') ? c.get('day')! : undefined;
  // "Sunday night" is tagged as a casual reference too, but names only a weekday.
  const datedRelative =
    isRelative(r) && ['day', 'month', 'year'].some((k) => c.isCertain(k as 'day'));
  if (datedRelative) {
    // "yesterday", "3 days ago": chrono counted from a reference day; only trust what the
    // article's precision knows.
    if (publishedDay(p) || !c.isCertain('day')) {
      // Certain for "last year", "next month"; for "yesterday" only when the publication day is known.
      const y = c.get('year')!;
      if (c.isCertain('day'))
        return { value: fmtDay({ y, m: c.get('month')!, d: c.get('day')! }), precision: 'day' };
      if (c.isCertain('month')) return { value: fmtMonth(y, c.get('month')!), precision: 'month' };
      return { value: fmtYear(y), precision: 'year' };
    }
    return { resolved: coarse(`"${r.text}"`, p) };
  }
  let year = c.isCertain('year') ? c.get('year')! : undefined;
  if (month !== undefined) {
    year ??= nearestYear(month, p);
    if (year === undefined)
      return {
        resolved: single(
          fmtYear(p.y),
          'year',
          'a month without its year in a year-precision article',
        ),
      };
    if (day !== undefined)
      return { value: fmtDay({ y: year, m: month, d: day }), precision: 'day' };
    return { value: fmtMonth(year, month), precision: 'month' };
  }
  if (year !== undefined) return { value: fmtYear(year), precision: 'year' };
  if (c.isCertain('weekday')) {
    const pub = publishedDay(p);
    if (!pub) return { resolved: coarse('a weekday', p) };
    // News reports what happened: "on Saturday" is the latest Saturday on or before publication;
    // "next Saturday" the first one after.
    const wd = c.get('weekday')!;
    const next = /\bnext\b/i.test(r.text);
    const back = (weekdayOf(pub) - wd + 7) % 7;
    const d = next ? addDays(pub, (wd - weekdayOf(pub) + 7) % 7 || 7) : addDays(pub, -back);
    return { value: fmtDay(d), precision: 'day' };
  }
  return null;
};

export const fromChrono = (r: ParsedResult, p: Published): Resolved | null => {
  if (r.tags().has('casualReference/now')) return null; // "now" is the publication itself
  const start = pointOf(r.start, r, p);
  if (!start) return null;
  if ('resolved' in start) return start.resolved;
  const end = r.end ? pointOf(r.end, r, p) : null;
  if (end && !('resolved' in end) && end.value !== start.value)
    return range({ from: start.value, to: end.value });
  return single(start.value, start.precision);
};
