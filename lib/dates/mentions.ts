// The dates each mention's sentence states. Dates are found in the whole paragraph first, so
// that "the previous day" can count from a date stated earlier, then kept where they fall inside
// the mention's span. Offsets stay in the paragraph's text, like the mention's own.
import type { ArticleFile } from '../collection/model';
import { datesIn } from './extract';
import type { StatedDate } from './types';

export type MentionDates = {
  place: string;
  paragraph: number;
  start: number;
  end: number;
  /** Empty when the sentence states no date: the mention is undated. */
  dates: StatedDate[];
};

/** The dates of a paragraph (datesIn over all its text) that lie inside a mention's span. */
export const datesWithin = (paragraphDates: StatedDate[], start: number, end: number) =>
  paragraphDates.filter((d) => d.start >= start && d.end <= end);

export function mentionDates(article: ArticleFile): MentionDates[] {
  const byParagraph = new Map(
    article.paragraphs.map((p) => [p.n, datesIn(p.text, article.date)] as const),
  );
  return article.mentions.map(({ place, paragraph, start, end }) => ({
    place,
    paragraph,
    start,
    end,
    dates: datesWithin(byParagraph.get(paragraph) ?? [], start, end),
  }));
}
