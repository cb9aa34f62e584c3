// Calendar arithmetic on plain year/month/day numbers (months 1–12), in UTC so that no time zone
// shifts a day. Article dates never carry a time, so neither does anything here.
import { MONTHS, type ArticleDate } from '../collection/model';

export type Ymd = { y: number; m: number; d: number };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const fmtYear = (y: number) => pad(y, 4);
export const fmtMonth = (y: number, m: number) => `${fmtYear(y)}-${pad(m)}`;
export const fmtDay = ({ y, m, d }: Ymd) => `${fmtMonth(y, m)}-${pad(d)}`;

const toUtc = ({ y, m, d }: Ymd) => new Date(Date.UTC(y, m - 1, d));
const fromUtc = (t: Date): Ymd => ({
  y: t.getUTCFullYear(),
  m: t.getUTCMonth() + 1,
  d: t.getUTCDate(),
});

export const addDays = (day: Ymd, n: number): Ymd => {
  const t = toUtc(day);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
};

/** 0 = Sunday, as Date and chrono count. */
export const weekdayOf = (day: Ymd) => toUtc(day).getUTCDay();

/** The month `n` months after (or before, negative) year y, month m. */
export const addMonths = (y: number, m: number, n: number) => {
  const i = y * 12 + (m - 1) + n;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
};

/** What the article's own date says, as numbers; m and d only where its precision knows them. */
export type Published = { y: number; m?: number; d?: number; precision: ArticleDate['precision'] };

export const publishedOf = (date: ArticleDate): Published => {
  const [y, m, d] = date.value.split('-').map(Number);
  return { y, m, d, precision: date.precision };
};

/** The publication date written at its own precision: '2021-12' for the seed. */
export const fmtPublished = (p: Published) =>
  p.d !== undefined && p.m !== undefined
    ? fmtDay({ y: p.y, m: p.m, d: p.d })
    : p.m !== undefined
      ? fmtMonth(p.y, p.m)
      : fmtYear(p.y);

/** 'December 2021', '2021': the words a note uses for what is known. */
export const describePublished = (p: Published) =>
  p.m !== undefined ? `${MONTHS[p.m - 1]} ${p.y}` : String(p.y);

/**
 * The year of a month named without one ("in January", "January 12th"): the year that puts it
 * closest to the publication month, so "January" in a December 2021 article is January 2022 and
 * "December" in a January 2022 article is December 2021. Undefined when only the year is known.
 */
export const nearestYear = (month: number, p: Published): number | undefined => {
  if (p.m === undefined) return undefined;
  const here = p.y * 12 + p.m;
  let best = p.y;
  for (const y of [p.y - 1, p.y + 1]) {
    if (Math.abs(y * 12 + month - here) < Math.abs(best * 12 + month - here)) best = y;
  }
  return best;
};
