/**
 * The dates a text states, resolved against the article's publication date:
 *
 *   datesIn('Talks were held on Saturday.', { value: '2021-12', precision: 'month', inferred: true })
 *   // [{ text: 'Saturday', start: 20, end: 28, value: { from: '2021-12', to: '2021-12' },
 *   //    precision: 'month', note: 'a weekday in a month-precision article: a day in December 2021' }]
 *
 * The rules in rules.ts go first (they know phrases chrono-node reads too literally), then
 * chrono-node fills in the ordinary dates where no rule matched. Nothing is finer than the words
 * and the publication date allow.
 */
import * as chrono from 'chrono-node';
import type { ArticleDate } from '../collection/model';
import { publishedOf, type Published } from './calendar';
import { fromChrono } from './from-chrono';
import { RULES } from './rules';
import type { StatedDate } from './types';

export type { StatedDate, DatePrecision } from './types';

type Found = { start: number; end: number; resolve: (before: StatedDate[]) => StatedDate | null };

/** chrono's reference instant: the publication day, or the middle of its month or year. */
const referenceOf = (p: Published) => new Date(Date.UTC(p.y, (p.m ?? 7) - 1, p.d ?? 15, 12));

// chrono includes "on" in "on Sunday" but not "in" in "in January": the phrase is the date words.
const LEADING = /^(?:on|in|at)\s+/i;

export function datesIn(text: string, published: ArticleDate): StatedDate[] {
  const p = publishedOf(published);
  const found: Found[] = [];
  const overlaps = (s: number, e: number) => found.some((f) => s < f.end && f.start < e);
  const stated = (start: number, end: number, r: ReturnType<typeof fromChrono>) =>
    r && { text: text.slice(start, end), start, end, ...r };

  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index + (m[1]?.length ?? 0);
      const end = m.index + m[0].length;
      if (overlaps(start, end)) continue;
      const match = m as unknown as RegExpExecArray;
      found.push({
        start,
        end,
        resolve: (before) => stated(start, end, rule.resolve(match, { published: p, before })),
      });
    }
  }
  const results = chrono.en.casual.parse(text, { instant: referenceOf(p), timezone: 0 });
  for (const r of results) {
    const skip = LEADING.exec(r.text)?.[0].length ?? 0;
    const start = r.index + skip;
    // and sometimes the comma after it ("on Thursday, Putin").
    const end = r.index + r.text.replace(/[\s,.;:]+$/, '').length;
    if (overlaps(start, end)) continue;
    found.push({ start, end, resolve: () => stated(start, end, fromChrono(r, p)) });
  }

  // In text order, so "the previous day" counts from the date stated before it.
  const dates: StatedDate[] = [];
  for (const f of found.sort((a, b) => a.start - b.start)) {
    // A blank line ends a paragraph: "the previous day" never counts from the one before.
    const breakAt = text.lastIndexOf('\n\n', f.start);
    const d = f.resolve(dates.filter((x) => x.start > breakAt));
    if (d) dates.push(d);
  }
  return dates;
}
