// The timeline's data and arithmetic: the server builds it from the reviewed dates stored with
// each mention (/api/timeline), the timeline in the browser filters by a range of months. Pure: no
// I/O, no React, and only type imports (the browser's timeline chunk carries no zod).
//
// Months are whole numbers, year × 12 + month − 1, so December 2021 is 24263. The timeline never
// claims more than a month's precision: a day-precise date counts in its month, a month-precise
// one over the whole month, a year over its twelve months.
import type { ArticleDate, StoredDate } from './collection/model';
import { array, number, object, string } from './json-guards';

export type Month = number;

/** The first (or, with `end`, the last) month of a 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' value. */
export function monthOf(value: string, end = false): Month {
  const [y, m] = value.split('-').map(Number);
  return y * 12 + (m ? m - 1 : end ? 11 : 0);
}

/** 'YYYY-MM', as the URL writes a month. */
export const monthValue = (i: Month) =>
  `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

const MONTH_NAME = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/** "December 2021". */
export const monthLabel = (i: Month) =>
  `${MONTH_NAME.format(new Date(Date.UTC(2000, i % 12, 1)))} ${Math.floor(i / 12)}`;

/** "December 2021", or "December 2021 – January 2022" for a range of months. */
export const rangeLabel = ({ from, to }: Range) =>
  from === to ? monthLabel(from) : `${monthLabel(from)} – ${monthLabel(to)}`;

export const OPEN_START = 1;
export const OPEN_END = 2;

/** The months a stated date covers, first and last inclusive, and which end the text left open. */
export type Span = { from: Month; to: Month; open: number };

/**
 * The months a stated date covers. An end the text leaves open is not guessed: an open end
 * ("since 2014") runs to the article's own date, the last month the text can speak for; an open
 * start ("for weeks now", up to December 2021) counts only from its known end.
 */
export function spanOf(date: Pick<StoredDate, 'value'>, published: ArticleDate): Span {
  const { from, to } = date.value;
  const until = monthOf(published.value, true);
  if (from === undefined) {
    const end = monthOf(to!, true);
    return { from: monthOf(to!), to: end, open: OPEN_START };
  }
  if (to === undefined) {
    const start = monthOf(from);
    return { from: start, to: Math.max(start, until), open: OPEN_END };
  }
  return { from: monthOf(from), to: monthOf(to, true), open: 0 };
}

/**
 * A collection's (or one article's) timeline as /api/timeline serves it: compact, because a
 * collection of 5,000 articles has 100,000 mentions.
 */
export type TimelineData = {
  /** Place ids; the entries below name places by their index here. */
  places: string[];
  /**
   * Dated mentions, grouped: [place, count, from, to, open, from, to, open, …], one group per
   * place and set of spans (a sentence may state several dates; it is one mention still).
   */
  dated: number[][];
  /** [place, count]: mentions whose sentences state no date, or whose dates nobody reviewed. */
  undated: [number, number][];
  /** [month, articles]: when the articles were published (their own dates, as precise as known). */
  published: [number, number][];
};

export type TimelineRow = {
  place: string;
  /** The mention's reviewed dates: null or [] is undated. */
  dates: readonly Pick<StoredDate, 'value'>[] | null | undefined;
  published: ArticleDate;
};

/** Builds the timeline from every mention (in any order) and every article's date. */
export function buildTimeline(rows: readonly TimelineRow[], articles: readonly ArticleDate[]) {
  const places: string[] = [];
  const index = new Map<string, number>();
  const placeIndex = (id: string) => {
    let i = index.get(id);
    if (i === undefined) index.set(id, (i = places.push(id) - 1));
    return i;
  };
  const dated = new Map<string, number[]>();
  const undated = new Map<number, number>();
  for (const r of rows) {
    const p = placeIndex(r.place);
    if (!r.dates?.length) {
      undated.set(p, (undated.get(p) ?? 0) + 1);
      continue;
    }
    const spans = [
      ...new Set(
        r.dates.map((d) => {
          const s = spanOf(d, r.published);
          return `${s.from},${s.to},${s.open}`;
        }),
      ),
    ].sort();
    const key = `${p}:${spans.join(';')}`;
    const entry = dated.get(key);
    if (entry) entry[1]++;
    else dated.set(key, [p, 1, ...spans.flatMap((s) => s.split(',').map(Number))]);
  }
  const published = new Map<number, number>();
  for (const a of articles) {
    const m = monthOf(a.value);
    published.set(m, (published.get(m) ?? 0) + 1);
  }
  const data: TimelineData = {
    places,
    dated: [...dated.values()].sort((a, b) => a[2] - b[2] || a[0] - b[0]),
    undated: [...undated].sort((a, b) => a[0] - b[0]),
    published: [...published].sort((a, b) => a[0] - b[0]),
  };
  return data;
}

/** A range of months, both ends inclusive. */
export type Range = { from: Month; to: Month };

const overlaps = (s: Span, r: Range) => s.from <= r.to && s.to >= r.from;

/** The first and last month the timeline covers (its dates and its articles' dates). */
export function extentOf(data: TimelineData): Range | undefined {
  let from = Infinity;
  let to = -Infinity;
  // Read in place, as in inRange: these run over every entry as the timeline opens, and objects
  // made for each entry were megabytes of garbage, collected as the reader first moved the range.
  for (const e of data.dated)
    for (let i = 2; i + 2 < e.length; i += 3) {
      from = Math.min(from, e[i]);
      to = Math.max(to, e[i + 1]);
    }
  for (const [m] of data.published) {
    from = Math.min(from, m);
    to = Math.max(to, m);
  }
  return Number.isFinite(from) ? { from, to } : undefined;
}

/** Whether an entry of `dated` states the months of its span at `i` in an earlier span too. */
function statedBefore(e: readonly number[], i: number): boolean {
  for (let j = 2; j < i; j += 3) if (e[j] === e[i] && e[j + 1] === e[i + 1]) return true;
  return false;
}

export type InRange = {
  /** Mentions in the range, per place id (places with none are left out). */
  counts: Map<string, number>;
  mentions: number;
  /** Dated mentions outside the range. */
  outside: number;
};

/** What a range keeps: a mention is in it if any date its sentence states overlaps it. */
export function inRange(data: TimelineData, range: Range, place?: string): InRange {
  const counts = new Map<string, number>();
  let mentions = 0;
  let outside = 0;
  const only = place === undefined ? -1 : data.places.indexOf(place);
  for (const e of data.dated) {
    if (only >= 0 && e[0] !== only) continue;
    // Read in place, an object for no span: this runs over every entry at each move of a range.
    let hit = false;
    for (let i = 2; i + 2 < e.length && !hit; i += 3)
      hit = e[i] <= range.to && e[i + 1] >= range.from;
    if (!hit) {
      outside += e[1];
      continue;
    }
    const id = data.places[e[0]];
    counts.set(id, (counts.get(id) ?? 0) + e[1]);
    mentions += e[1];
  }
  return { counts, mentions, outside };
}

/** Undated mentions (of one place, or all). */
export function undatedCount(data: TimelineData, place?: string): number {
  const only = place === undefined ? -1 : data.places.indexOf(place);
  return data.undated.reduce((n, [p, c]) => (only < 0 || p === only ? n + c : n), 0);
}

export type Bars = {
  /** Mentions whose dates fall within one month, per month. */
  months: Map<Month, number>;
  /** Mentions whose dates cover more than a month (a year, a range), per span. */
  spans: { span: Span; count: number }[];
};

/**
 * What the chart draws: a bar per month for dates within one month, and a span for each date
 * that covers more (never a point: "2014" is the whole year).
 */
export function barsOf(data: TimelineData, place?: string): Bars {
  const only = place === undefined ? -1 : data.places.indexOf(place);
  const months = new Map<Month, number>();
  const spans = new Map<string, { span: Span; count: number }>();
  for (const e of data.dated) {
    if (only >= 0 && e[0] !== only) continue;
    for (let i = 2; i + 2 < e.length; i += 3) {
      const from = e[i];
      const to = e[i + 1];
      const open = e[i + 2];
      if (from === to) {
        // A mention counts once in a month, however many of its dates fall there.
        if (!statedBefore(e, i)) months.set(from, (months.get(from) ?? 0) + e[1]);
        continue;
      }
      const key = `${from},${to},${open}`;
      const x = spans.get(key);
      if (x) x.count += e[1];
      else spans.set(key, { span: { from, to, open }, count: e[1] });
    }
  }
  return {
    months,
    spans: [...spans.values()].sort((a, b) => a.span.from - b.span.from || a.span.to - b.span.to),
  };
}

/**
 * The events to step through, in order: each distinct span the dates state (of one place, or
 * all), earliest first, then the shorter; with how many mentions state it.
 */
export function eventsOf(data: TimelineData, place?: string): (Range & { count: number })[] {
  const only = place === undefined ? -1 : data.places.indexOf(place);
  // A month by its number, a longer span by its two ends.
  const events = new Map<number | string, Range & { count: number }>();
  for (const e of data.dated) {
    if (only >= 0 && e[0] !== only) continue;
    // Each span the entry states, once.
    for (let i = 2; i + 2 < e.length; i += 3) {
      if (statedBefore(e, i)) continue;
      const from = e[i];
      const to = e[i + 1];
      const key = from === to ? from : `${from},${to}`;
      const x = events.get(key);
      if (x) x.count += e[1];
      else events.set(key, { from, to, count: e[1] });
    }
  }
  return [...events.values()].sort((a, b) => a.from - b.from || a.to - b.to);
}

/** `data-when` on an excerpt: its spans as "from/to/open" separated by spaces ("" undated). */
export const whenAttribute = (spans: readonly Span[]) =>
  spans.map((s) => `${s.from}/${s.to}/${s.open}`).join(' ');

export const parseWhen = (attr: string): Span[] =>
  attr
    .split(' ')
    .filter(Boolean)
    .map((t) => {
      const [from, to, open] = t.split('/').map(Number);
      return { from, to, open };
    });

/** Whether an excerpt with these spans shows in the range (an undated one never does). */
export const spansInRange = (spans: readonly Span[], range: Range) =>
  spans.some((s) => overlaps(s, range));

const DAY_NAME = new Intl.DateTimeFormat('en', { day: 'numeric', timeZone: 'UTC' });

/** '2014' → "2014", '2021-12' → "December 2021", '2022-01-12' → "12 January 2022". */
export function dateValueLabel(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (!m) return String(y);
  const month = monthLabel(y * 12 + m - 1);
  return d ? `${DAY_NAME.format(new Date(Date.UTC(y, m - 1, d)))} ${month}` : month;
}

/**
 * What a stated date resolved to, in words: "December 2021", "from 2014" (an open end),
 * "until December 2021" (an open start), "from June 2019 to December 2021".
 */
export function statedDateLabel({ value: { from, to } }: Pick<StoredDate, 'value'>): string {
  if (from === undefined) return `until ${dateValueLabel(to!)}`;
  if (to === undefined) return `from ${dateValueLabel(from)}`;
  return from === to
    ? dateValueLabel(from)
    : `from ${dateValueLabel(from)} to ${dateValueLabel(to)}`;
}

/**
 * Excerpts in the order of the events they describe: by the first month their dates cover, then
 * the last; the undated after every dated one; otherwise in the order given (stable).
 */
export function byEvents<T extends { dates: readonly Pick<StoredDate, 'value'>[] | null }>(
  items: readonly T[],
  published: (item: T) => ArticleDate,
): T[] {
  const key = (item: T) => {
    const spans = (item.dates ?? []).map((d) => spanOf(d, published(item)));
    if (!spans.length) return [Infinity, Infinity];
    return [Math.min(...spans.map((s) => s.from)), Math.min(...spans.map((s) => s.to))];
  };
  return items
    .map((item, i) => ({ item, i, k: key(item) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.item);
}

/**
 * `key[i]`, a list of at least `min` numbers. Its path is written only when it fails: the big
 * collection's timeline has 35,000 entries of five numbers or more, and a string for each entry and
 * each number was garbage on every load (collected while the reader first moves the range).
 */
function numbers(v: unknown, key: string, i: number, min: number): number[] {
  if (!Array.isArray(v) || v.length < min) {
    const path = `${key}[${i}]`;
    array(v, path);
    throw new TypeError(`${path} should have at least ${min} numbers`);
  }
  for (let j = 0; j < v.length; j++)
    if (typeof v[j] !== 'number' || !Number.isFinite(v[j])) number(v[j], `${key}[${i}][${j}]`);
  return v as number[];
}

/** GET /api/timeline checked in the browser (no zod there): the fields it draws from. */
export function asTimeline(v: unknown): TimelineData {
  const o = object(v, 'timeline');
  const places = array(o.places, 'places').map((p, i) => string(p, `places[${i}]`));
  const dated = array(o.dated, 'dated').map((e, i) => numbers(e, 'dated', i, 5));
  const pairs = (key: 'undated' | 'published') =>
    array(o[key], key).map((e, i) => numbers(e, key, i, 2) as [number, number]);
  return { places, dated, undated: pairs('undated'), published: pairs('published') };
}
