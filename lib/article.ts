import { z } from 'zod';

/** Lines of the web capture that are site furniture, never article text (see data/source/README.md). */
const FURNITURE: readonly RegExp[] = [
  /^Top jobs of the day$/,
  /^Find the best jobs now and$/,
  /^be notified by email\.$/,
  /^\(Photo: [^)]*\)$/,
  /^More: /,
  /^Leave A Comment$/,
];

export const paragraphKind = z.enum(['caption', 'subheading', 'body']);

export const articleSchema = z.object({
  title: z.string().min(1),
  date: z.object({ text: z.string(), inferred: z.boolean(), note: z.string() }),
  dateline: z.string(),
  paragraphs: z
    .array(
      z.object({ n: z.number().int().positive(), kind: paragraphKind, text: z.string().min(1) }),
    )
    .min(1),
});

export type Article = z.infer<typeof articleSchema>;
export type Paragraph = Article['paragraphs'][number];

export function isFurniture(line: string): boolean {
  return FURNITURE.some((re) => re.test(line));
}

/**
 * Turns the raw capture into numbered paragraphs. Lines before the photo credit are the caption;
 * a line without closing punctuation is a sub-heading. Text is kept byte for byte.
 */
export function cleanArticle(raw: string): Article {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const [title, ...rest] = lines;
  const creditIndex = rest.findIndex((l) => /^\(Photo: [^)]*\)$/.test(l));
  const paragraphs: Paragraph[] = [];
  rest.forEach((text, i) => {
    if (isFurniture(text)) return;
    const kind = i < creditIndex ? 'caption' : /[.!?”"]$/.test(text) ? 'body' : 'subheading';
    paragraphs.push({ n: paragraphs.length + 1, kind, text });
  });
  return {
    title,
    date: {
      text: 'December 2021',
      inferred: true,
      note: 'The capture prints no date. The events it reports place it at the end of December 2021 (about 26–27 December).',
    },
    dateline: 'Moscow',
    paragraphs,
  };
}
