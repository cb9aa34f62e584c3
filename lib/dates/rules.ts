// Dated phrases chrono-node misses or reads in a way news does not mean: open ranges ("since
// 2014"), durations ("for the first time in two and a half years"), feasts, seasons, and days
// counted from another date in the text ("the previous day"). Each pattern's first group is
// words to leave out of the phrase ("in 2014" → "2014"); it may be empty.
import { addDays, nearestYear, weekdayOf, fmtDay, fmtMonth, fmtYear } from './calendar';
import type { Published } from './calendar';
import {
  coarse,
  publishedDay,
  range,
  shiftBy,
  single,
  type Duration,
  type Resolved,
} from './resolve';
import type { StatedDate } from './types';

/** `before`: the dates stated earlier in the same paragraph. */
export type RuleContext = { published: Published; before: StatedDate[] };
export type Rule = {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, ctx: RuleContext) => Resolved | null;
};

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const NUM = `(?:${Object.keys(NUMBERS).join('|')}|\\d+)`;
// "two and a half years" and "a year and a half" alike; groups: count, half, unit, half.
const DURATION = `(${NUM})(\\s+and\\s+a\\s+half)?\\s+(day|week|month|year)s?(\\s+and\\s+a\\s+half)?`;
const YEAR = '((?:19|20)\\d{2})';

const durationOf = (count: string, half: string | undefined, unit: string): Duration => {
  const n = NUMBERS[count.toLowerCase()] ?? Number(count);
  const h = half ? 0.5 : 0;
  if (unit === 'year') return { months: Math.round((n + h) * 12) };
  if (unit === 'month' && !half) return { months: n };
  const days = unit === 'month' ? 30 : unit === 'week' ? 7 : 1;
  return { days: Math.round((n + h) * days) };
};

/** The preceding date in the text that a "previous day" counts from, else the publication. */
// Only a day counts ("on Sunday night", even when the article knows just its month), never a
// year or a month: "the 2015 deal … Later in the day" is not a day in 2015.
const anchorOf = (ctx: RuleContext) =>
  [...ctx.before]
    .reverse()
    .find((d) => d.value.from && (d.precision === 'day' || d.note?.includes('a day in')));

const dayFromAnchor = (ctx: RuleContext, offset: number, what: string): Resolved => {
  const anchor = anchorOf(ctx);
  if (anchor) {
    const [y, m, d] = anchor.value.from!.split('-').map(Number);
    if (anchor.precision === 'day') return single(fmtDay(addDays({ y, m, d }, offset)), 'day');
    return single(
      anchor.value.from!,
      anchor.precision as 'month' | 'year',
      `${what}, counted from "${anchor.text}", known only to the ${anchor.precision}`,
    );
  }
  const day = publishedDay(ctx.published);
  return day ? single(fmtDay(addDays(day, offset)), 'day') : coarse(what, ctx.published);
};

const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** The season's first and last month; winter runs from December into the next year. */
const seasonRange = (year: number, first: number) => {
  const last = first === 12 ? { y: year + 1, m: 2 } : { y: year, m: first + 2 };
  return { from: fmtMonth(year, first), to: fmtMonth(last.y, last.m) };
};

const christmasYear = (p: Published) => nearestYear(12, p) ?? p.y;

export const RULES: Rule[] = [
  {
    // A gap looking back: the last time was that long before publication.
    pattern: new RegExp(`\\b()for\\s+the\\s+first\\s+time\\s+in\\s+${DURATION}\\b`, 'gi'),
    resolve: (m, { published }) =>
      range(
        {
          from: shiftBy(published, durationOf(m[2], m[3] ?? m[5], m[4].toLowerCase()), -1),
          to: shiftBy(published, { months: 0 }, 1),
        },
        'a gap up to publication: the last time was about that long before',
      ),
  },
  {
    // "had existed for a year and a half": read as the time up to publication.
    pattern: new RegExp(`\\b()for(?:\\s+the\\s+(?:past|last))?\\s+${DURATION}\\b`, 'gi'),
    resolve: (m, { published }) =>
      range(
        {
          from: shiftBy(published, durationOf(m[2], m[3] ?? m[5], m[4].toLowerCase()), -1),
          to: shiftBy(published, { months: 0 }, 1),
        },
        'a duration read as the time up to publication',
      ),
  },
  {
    pattern: new RegExp(`\\b()within\\s+${DURATION}\\b`, 'gi'),
    resolve: (m, { published }) =>
      range(
        {
          from: shiftBy(published, { months: 0 }, 1),
          to: shiftBy(published, durationOf(m[2], m[3] ?? m[5], m[4].toLowerCase()), 1),
        },
        'a duration counted forward from publication',
      ),
  },
  {
    // "in two and a half years" on its own: a point that far after publication.
    pattern: new RegExp(`\\b()in\\s+${DURATION}\\b`, 'gi'),
    resolve: (m, { published }) => {
      const v = shiftBy(published, durationOf(m[2], m[3] ?? m[5], m[4].toLowerCase()), 1);
      return single(
        v,
        v.length === 10 ? 'day' : v.length === 7 ? 'month' : 'year',
        'a duration counted forward from publication',
      );
    },
  },
  {
    pattern: /\b()for\s+(?:days|weeks|months|years)(?:\s+now)?\b/gi,
    resolve: (_m, { published }) =>
      range(
        { to: shiftBy(published, { months: 0 }, 1) },
        'ongoing up to publication; the start is not stated',
      ),
  },
  {
    pattern: new RegExp(`\\b()(?:since|seit)\\s+${YEAR}\\b`, 'gi'),
    resolve: (m) => range({ from: m[2] }),
  },
  {
    pattern: /\b()since\s+(?:the\s+)?(spring|summer|autumn|fall|winter)\b/gi,
    resolve: (m, { published: p }) => {
      const first = SEASONS[m[2].toLowerCase()];
      // The most recent start of that season on or before the publication month.
      const y = p.m !== undefined && p.m < first ? p.y - 1 : p.y;
      return range({ from: fmtMonth(y, first) }, 'the season most recently begun');
    },
  },
  {
    pattern: new RegExp(
      `\\b((?:in|during)\\s+)(?:the\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+of\\s+${YEAR})?\\b`,
      'gi',
    ),
    resolve: (m, { published: p }) => {
      const first = SEASONS[m[2].toLowerCase()];
      if (m[3]) return range(seasonRange(Number(m[3]), first));
      if (p.m === undefined)
        return single(fmtYear(p.y), 'year', 'a season in a year-precision article');
      // The season whose middle month is nearest the publication month.
      const y = nearestYear(first === 12 ? 1 : first + 1, p)! - (first === 12 ? 1 : 0);
      return range(seasonRange(y, first), 'the season nearest the publication date');
    },
  },
  {
    pattern: /\b()((?:shortly|just|days)\s+)?(before|after)\s+Christmas\b/gi,
    resolve: (m, { published }) => {
      const y = christmasYear(published);
      if (m[3].toLowerCase() === 'before')
        return range(
          { from: m[2] ? fmtMonth(y, 12) : undefined, to: `${fmtYear(y)}-12-24` },
          m[2] ? 'shortly before Christmas Day: in December, up to the 24th' : undefined,
        );
      return range({ from: `${fmtYear(y)}-12-26`, to: m[2] ? fmtMonth(y + 1, 1) : undefined });
    },
  },
  {
    pattern: /\b((?:at|on|over)\s+)Christmas(?:\s+Day)?\b/gi,
    resolve: (_m, { published }) => single(`${fmtYear(christmasYear(published))}-12-25`, 'day'),
  },
  {
    pattern: /\b()the\s+(previous|next|following)\s+day\b|\b()the\s+day\s+(before|after)\b/gi,
    resolve: (m, ctx) => {
      const word = (m[2] ?? m[4]).toLowerCase();
      return dayFromAnchor(ctx, word === 'previous' || word === 'before' ? -1 : 1, m[0]);
    },
  },
  {
    pattern: /\b()(?:(?:later|earlier)\s+(?:in\s+the|that)\s+day|the\s+same\s+day)\b/gi,
    resolve: (m, ctx) => dayFromAnchor(ctx, 0, m[0]),
  },
  {
    pattern: /\b()overnight\b/gi,
    resolve: (_m, { published: p }) => {
      const day = publishedDay(p);
      if (!day) return coarse('overnight', p);
      return range(
        { from: fmtDay(addDays(day, -1)), to: fmtDay(day) },
        'the night before publication',
      );
    },
  },
  {
    pattern: /\b((?:on|at|over|during)\s+)(?:the\s+)?weekend\b/gi,
    resolve: (_m, { published: p }) => {
      const day = publishedDay(p);
      if (!day) return coarse('the weekend', p);
      // The most recent Saturday on or before publication (the day before, when published on Sunday).
      const sat = addDays(day, -((weekdayOf(day) + 1) % 7));
      return range({ from: fmtDay(sat), to: fmtDay(addDays(sat, 1)) }, 'the most recent weekend');
    },
  },
  {
    pattern: /\b()(this|last|next|the\s+previous|the\s+following)\s+week\b/gi,
    resolve: (m, { published: p }) => {
      const day = publishedDay(p);
      if (!day) return coarse(m[0], p);
      const shift = /last|previous/i.test(m[2]) ? -7 : /next|following/i.test(m[2]) ? 7 : 0;
      const monday = addDays(day, shift - ((weekdayOf(day) + 6) % 7));
      return range(
        { from: fmtDay(monday), to: fmtDay(addDays(monday, 6)) },
        'a week from Monday to Sunday',
      );
    },
  },
  {
    // A year on its own, after a word that makes it a date, not a count ("2014 soldiers").
    pattern: new RegExp(`\\b((?:in|im\\s+Jahr|of|the|during)\\s+)${YEAR}\\b(?![,.]?\\d)`, 'gi'),
    resolve: (m) => single(m[2], 'year'),
  },
  {
    pattern: new RegExp(`\\b()(until|by|from|before|after)\\s+${YEAR}\\b(?![,.]?\\d)`, 'gi'),
    resolve: (m) => {
      const y = Number(m[3]);
      switch (m[2].toLowerCase()) {
        case 'until':
        case 'by':
          return range({ to: m[3] });
        case 'from':
          return range({ from: m[3] });
        case 'before':
          return range({ to: fmtYear(y - 1) });
        default:
          return range({ from: fmtYear(y + 1) });
      }
    },
  },
];
