// A place's excerpts as the place page shows them: one group per article, in the order given
// (the store's: newest article first, then paragraph order; or the order of events).
import type { PlaceMention } from './store/collection-store';

export type GroupedExcerpt = Pick<PlaceMention, 'paragraph' | 'text' | 'dates'>;

export type ExcerptGroup = {
  article: PlaceMention['article'];
  excerpts: GroupedExcerpt[];
};

/** Consecutive excerpts of one article share its header. */
export function groupByArticle(items: readonly PlaceMention[]): ExcerptGroup[] {
  const groups: ExcerptGroup[] = [];
  for (const { article, paragraph, text, dates } of items) {
    const excerpt = { paragraph, text, dates };
    const last = groups.at(-1);
    if (last && last.article.slug === article.slug) last.excerpts.push(excerpt);
    else groups.push({ article, excerpts: [excerpt] });
  }
  return groups;
}

/** Excerpts per page of a place. */
export const EXCERPTS_PER_PAGE = 50;

/** The pages a place's excerpts take (at least one). */
export const pageCount = (total: number) => Math.max(1, Math.ceil(total / EXCERPTS_PER_PAGE));
