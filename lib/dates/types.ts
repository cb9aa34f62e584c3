/**
 * A date a sentence states, resolved against the article's publication date. `value` holds the
 * resolved dates as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (both ends inclusive); a single day, month
 * or year has from === to, and an end the text leaves open is omitted ("since 2014": from only).
 * `text === input.slice(start, end)`; `note` says why the value is coarser than the words, or
 * which reading was chosen. The same shape is stored with each reviewed mention (model.ts).
 */
import type { StoredDate } from '../collection/model';

export type StatedDate = StoredDate;
export type DatePrecision = StoredDate['precision'];
