import type { Excerpt } from './places-schema';

type Source = { title: string; date: { text: string } };

/** How a paragraph number is written wherever an excerpt is quoted: “¶ 13”. */
export const paragraphMark = (n: number) => `¶ ${n}`;

/**
 * A plain-text citation for one excerpt: the quote, then the article, its date and paragraph,
 * then the place's URL.
 */
export function citationText(source: Source, excerpt: Excerpt, placeUrl: string): string {
  return `“${excerpt.text}”\n— “${source.title}”, ${source.date.text}, ${paragraphMark(excerpt.paragraph)}\n${placeUrl}`;
}
