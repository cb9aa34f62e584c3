import { describe, expect, test } from 'vitest';
import type { ArticleDate } from '@/lib/collection/model';
import {
  asTimeline,
  barsOf,
  buildTimeline,
  byEvents,
  eventsOf,
  extentOf,
  inRange,
  monthOf,
  rangeLabel,
  spanOf,
  statedDateLabel,
  undatedCount,
} from '@/lib/timeline';
import { seedFile } from '../seed';

const DEC_2021: ArticleDate = { value: '2021-12', precision: 'month', inferred: true };
const m = (value: string) => monthOf(value);

// The seed's mentions with their stored dates, read from the file (not through the store).
const seedRows = seedFile.mentions.map((x) => ({
  place: x.place,
  dates: (x as { dates?: { value: { from?: string; to?: string } }[] }).dates,
  published: DEC_2021,
}));
const seed = buildTimeline(seedRows, [DEC_2021]);

describe('the months a stated date covers', () => {
  test('a day counts in its month, a year over its twelve months', () => {
    expect(spanOf({ value: { from: '2022-01-12', to: '2022-01-12' } }, DEC_2021)).toEqual({
      from: 2022 * 12,
      to: 2022 * 12,
      open: 0,
    });
    expect(spanOf({ value: { from: '2014', to: '2014' } }, DEC_2021)).toEqual({
      from: 2014 * 12,
      to: 2014 * 12 + 11,
      open: 0,
    });
  });

  test('an open end runs to the article’s own month; an open start counts from its known end', () => {
    // "since 2014" in a December 2021 article: January 2014 to December 2021.
    expect(spanOf({ value: { from: '2014' } }, DEC_2021)).toEqual({
      from: 2014 * 12,
      to: 2021 * 12 + 11,
      open: 2,
    });
    // "for weeks now" (until December 2021): December 2021 only, marked open at its start.
    expect(spanOf({ value: { to: '2021-12' } }, DEC_2021)).toEqual({
      from: 2021 * 12 + 11,
      to: 2021 * 12 + 11,
      open: 1,
    });
  });
});

describe("the seed article's timeline", () => {
  test('8 of 12 mentions are dated, 4 undated, from January 2014 to January 2022', () => {
    expect(inRange(seed, { from: -Infinity, to: Infinity }).mentions).toBe(8);
    expect(undatedCount(seed)).toBe(4);
    expect(undatedCount(seed, 'moscow')).toBe(3);
    expect(rangeLabel(extentOf(seed)!)).toBe('January 2014 – January 2022');
    expect(seed.published).toEqual([[m('2021-12'), 1]]);
  });

  test('December 2021 keeps the places spoken of then, with their counts', () => {
    const dec = inRange(seed, { from: m('2021-12'), to: m('2021-12') });
    // Moscow ¶ 4 ("two and a half years" to December 2021) and ¶ 8 (Saturday); the border ¶ 8;
    // Donetsk and Luhansk ¶ 13 ("since 2014", ongoing); Luhansk ¶ 15. Crimea's 2014 and
    // Brussels's 12 January are outside.
    expect(Object.fromEntries(dec.counts)).toEqual({
      moscow: 2,
      'border-region': 1,
      donetsk: 1,
      luhansk: 2,
    });
    expect(dec.outside).toBe(2);
  });

  test('January 2022 keeps Moscow (talks in January) and Brussels (January 12th) only', () => {
    const jan = inRange(seed, { from: m('2022-01'), to: m('2022-01') });
    expect(Object.fromEntries(jan.counts)).toEqual({ moscow: 1, brussels: 1 });
  });

  test('2015 keeps only what is ongoing since 2014, never Crimea’s 2014', () => {
    const y = inRange(seed, { from: m('2015-01'), to: m('2015-12') });
    expect(Object.fromEntries(y.counts)).toEqual({ donetsk: 1, luhansk: 1 });
  });

  test("the bars: a month's worth per month; years and ranges as spans, never a point", () => {
    const bars = barsOf(seed);
    expect(Object.fromEntries(bars.months)).toEqual({
      // Moscow ¶ 8 (Saturday); the border ¶ 8 ("For weeks now", Saturday: one mention, counted
      // once); Luhansk ¶ 15 (Christmas, Sunday night, the previous day: once).
      [m('2021-12')]: 3,
      [m('2022-01')]: 2, // Moscow ¶ 4 (January), Brussels ¶ 12 (January 12th)
    });
    expect(bars.spans.map((s) => [rangeLabel(s.span), s.span.open, s.count])).toEqual([
      ['January 2014 – December 2014', 0, 1],
      ['January 2014 – December 2021', 2, 2],
      ['June 2019 – December 2021', 0, 1],
      ['June 2020 – December 2021', 0, 1],
    ]);
  });

  test('what happened in Luhansk, in order', () => {
    expect(eventsOf(seed, 'luhansk').map((e) => [rangeLabel(e), e.count])).toEqual([
      ['January 2014 – December 2021', 1],
      ['June 2020 – December 2021', 1],
      ['December 2021', 1],
    ]);
  });
});

describe('dates in words', () => {
  test('each precision, and the open ends', () => {
    expect(statedDateLabel({ value: { from: '2022-01-12', to: '2022-01-12' } })).toBe(
      '12 January 2022',
    );
    expect(statedDateLabel({ value: { from: '2021-12', to: '2021-12' } })).toBe('December 2021');
    expect(statedDateLabel({ value: { from: '2014' } })).toBe('from 2014');
    expect(statedDateLabel({ value: { to: '2021-12' } })).toBe('until December 2021');
    expect(statedDateLabel({ value: { from: '2019-06', to: '2021-12' } })).toBe(
      'from June 2019 to December 2021',
    );
  });
});

describe('excerpts in the order of events', () => {
  test('earliest first, the undated last, ties kept in their order', () => {
    const items = [
      { id: 'undated', dates: [] },
      { id: 'january', dates: [{ value: { from: '2022-01', to: '2022-01' } }] },
      { id: 'since-2014', dates: [{ value: { from: '2014' } }] },
      { id: 'not-reviewed', dates: null },
      { id: '2014', dates: [{ value: { from: '2014', to: '2014' } }] },
    ];
    expect(byEvents(items, () => DEC_2021).map((i) => i.id)).toEqual([
      '2014',
      'since-2014',
      'january',
      'undated',
      'not-reviewed',
    ]);
  });
});

describe('the browser’s check of /api/timeline', () => {
  test('names the field that is wrong', () => {
    expect(() =>
      asTimeline({ places: ['a'], dated: [[0, 1, 5]], undated: [], published: [] }),
    ).toThrow('dated[0] should have at least 5 numbers');
    expect(() => asTimeline({ places: [1], dated: [], undated: [], published: [] })).toThrow(
      'places[0] should be a string, not 1',
    );
    expect(() =>
      asTimeline({ places: ['a'], dated: [[0, 1, 5, 6, 0]], undated: [[0, '2']], published: [] }),
    ).toThrow('undated[0][1] should be a number');
    expect(() =>
      asTimeline({ places: ['a'], dated: [], undated: [], published: { 0: [1, 2] } }),
    ).toThrow('published should be');
  });
});
