/**
 * A date a sentence states, resolved against the article's publication date. `value` holds the
 * resolved dates as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (both ends inclusive); a single day, month
 * or year has from === to, and an end the text leaves open is omitted ("since 2014": from only).
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'range';

export type StatedDate = {
  /** The exact words, `text === input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  value: { from?: string; to?: string };
  precision: DatePrecision;
  /** Why the value is coarser than the words, or which reading was chosen. */
  note?: string;
};
