// How an article is named in lists and excerpt headers: its publisher (or that none is printed)
// and its date as precise as it is known, marked where it was inferred.
import { formatArticleDate, type ArticleDate } from './collection/model';

export const publisherLabel = (publisher: string | null) => publisher ?? 'Publisher not printed';

/** "December 2021 (inferred)", "27 December 2021". */
export const dateLabel = (date: ArticleDate) =>
  `${formatArticleDate(date)}${date.inferred ? ' (inferred)' : ''}`;

/** "6 places · 12 excerpts". */
export function countsLabel(places: number, excerpts: number) {
  const n = (k: number, one: string, many: string) =>
    `${k.toLocaleString('en')} ${k === 1 ? one : many}`;
  return `${n(places, 'place', 'places')} · ${n(excerpts, 'excerpt', 'excerpts')}`;
}
