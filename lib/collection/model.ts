// The collection's model: articles (numbered paragraphs, immutable once published), places shared
// across articles, and mentions (a place in one article: paragraph and span). These are also the
// shapes of the plain files the collection is exported to and imported from (data/collection/).
import { z } from 'zod';
import { paragraphKind } from '../article';
import { geometrySchema, placeKind, plainText, position } from '../places-schema';

export const slugSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

export const datePrecision = z.enum(['day', 'month', 'year']);

const DATE_FORMAT: Record<z.infer<typeof datePrecision>, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

/** A publication date as precise as the source allows: "2021-12" with precision "month". */
export const articleDateSchema = z
  .strictObject({
    value: z.string(),
    precision: datePrecision,
    /** True when the source prints no date and it was worked out from the events reported. */
    inferred: z.boolean(),
    note: z.string().min(1).optional(),
  })
  .refine((d) => DATE_FORMAT[d.precision].test(d.value), {
    message: 'value must be YYYY, YYYY-MM or YYYY-MM-DD, as its precision says',
    path: ['value'],
  });

export const paragraphSchema = z.strictObject({
  n: z.number().int().positive(),
  kind: paragraphKind,
  text: plainText(20000),
});

const DATE_VALUE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A date the mention's sentence states (lib/dates proposes it, a person reviews it): the exact
 * words at start–end of the paragraph (inside the mention's span), resolved to `from`–`to` (both
 * inclusive, 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; an end the text leaves open is omitted) and
 * its precision. Never finer than the words and the article's own date allow.
 */
export const statedDateSchema = z
  .strictObject({
    text: plainText(200),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    value: z.strictObject({
      from: z.string().regex(DATE_VALUE, 'must be YYYY, YYYY-MM or YYYY-MM-DD').optional(),
      to: z.string().regex(DATE_VALUE, 'must be YYYY, YYYY-MM or YYYY-MM-DD').optional(),
    }),
    precision: z.enum(['day', 'month', 'year', 'range']),
    note: z.string().min(1).optional(),
  })
  .refine((d) => d.value.from !== undefined || d.value.to !== undefined, {
    message: 'needs a from or a to',
    path: ['value'],
  })
  .refine((d) => !d.value.from || !d.value.to || d.value.from <= d.value.to.padEnd(10, '~'), {
    message: 'from must not be after to',
    path: ['value'],
  });

/**
 * A place in one article. start and end are offsets into the paragraph's text (JavaScript string
 * indices, end exclusive): the excerpt is the paragraph sliced there, verbatim by construction.
 */
export const mentionSchema = z.strictObject({
  place: slugSchema,
  paragraph: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /**
   * The dates its sentence states, reviewed. [] when it states none (the mention is undated);
   * absent when nobody has reviewed its dates yet (also undated on the timeline).
   */
  dates: z.array(statedDateSchema).optional(),
});

/** What the article says a place is, in one sentence (the seed's summaries). */
export const articlePlaceSchema = z.strictObject({
  place: slugSchema,
  summary: plainText(300).refine(
    (s) => /[.!?]$/.test(s),
    'summary must be one sentence ending in a full stop',
  ),
});

export const revisionSchema = z.strictObject({
  revision: z.number().int().positive(),
  paragraphs: z.array(paragraphSchema).min(1),
});

export const articleFileSchema = z.strictObject({
  slug: slugSchema,
  title: plainText(300),
  /** null where the source does not print one (the seed's capture). */
  publisher: plainText(200).nullable(),
  date: articleDateSchema,
  dateline: plainText(120).optional(),
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as "en"'),
  /** Where the text came from and how it was cleaned. */
  sourceNote: plainText(2000).optional(),
  /** The current revision's number; earlier revisions keep their paragraphs (and numbers). */
  revision: z.number().int().positive(),
  paragraphs: z.array(paragraphSchema).min(1),
  earlierRevisions: z.array(revisionSchema).optional(),
  /** Every place the article mentions, in the article's list order, with its summary. */
  places: z.array(articlePlaceSchema).min(1),
  /** Optional order of the briefing's steps (every place once); by default, order of first mention. */
  briefing: z.array(slugSchema).optional(),
  mentions: z.array(mentionSchema).min(1),
});

export const collectionPlaceSchema = z.strictObject({
  type: z.literal('Feature'),
  id: slugSchema,
  geometry: geometrySchema,
  properties: z.strictObject({
    name: plainText(80),
    kind: placeKind,
    marker: position.optional(),
    /** Other words articles use for the place (an excerpt must name the place or one of these). */
    aliases: z.array(plainText(80)).optional(),
    geometrySource: z.string().min(1),
    markerSource: z.string().min(1).optional(),
    license: z.string().min(1),
  }),
});

export const placesFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(collectionPlaceSchema),
});

export type ArticleFile = z.infer<typeof articleFileSchema>;
export type ArticleDate = z.infer<typeof articleDateSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type StoredDate = z.infer<typeof statedDateSchema>;
export type CollectionPlace = z.infer<typeof collectionPlaceSchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;

/** The whole collection as plain data: what import reads and export writes. */
export type Collection = { places: CollectionPlace[]; articles: ArticleFile[] };

/** The months' names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "December 2021", "27 December 2021" or "2021": the date as precise as it is known. */
export function formatArticleDate(date: ArticleDate): string {
  const [y, m, d] = date.value.split('-');
  if (date.precision === 'year') return y;
  const month = MONTHS[Number(m) - 1];
  return date.precision === 'month' ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}
