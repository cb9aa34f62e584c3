// A place's excerpts as the place page shows them: one group per article, in the order given
// (the store's: newest article first, then paragraph order).
import type { PlaceMention } from './store/collection-store';

export type ExcerptGroup = {
  article: PlaceMention['article'];
  excerpts: { paragraph: number; text: string }[];
};

export function groupByArticle(items: readonly PlaceMention[]): ExcerptGroup[] {
  const groups: ExcerptGroup[] = [];
  for (const { article, paragraph, text } of items) {
    const last = groups.at(-1);
    if (last && last.article.slug === article.slug) last.excerpts.push({ paragraph, text });
    else groups.push({ article, excerpts: [{ paragraph, text }] });
  }
  return groups;
}

/** Excerpts per page of a place. */
export const EXCERPTS_PER_PAGE = 50;

/** The pages a place's excerpts take (at least one). */
export const pageCount = (total: number) => Math.max(1, Math.ceil(total / EXCERPTS_PER_PAGE));
