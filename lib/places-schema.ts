import { z } from 'zod';
import type { Article } from './article';
import { inRange, isClosedRing, positionsOf } from './geo';
import { markerFits } from './place-geometry';

export { markerFits, markerOf } from './place-geometry';

export const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position);

export const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  z.object({
    type: z.literal('MultiLineString'),
    coordinates: z.array(z.array(position).min(2)).min(1),
  }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

const MARKUP = /<\s*\/?\s*[a-z!][^>]*>|\bon[a-z]+\s*=|javascript:/i;
/** Plain text of at most max characters: no markup, no script. */
export const plainText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !MARKUP.test(s), 'markup or script is not allowed in text');

export const excerptSchema = z.strictObject({
  paragraph: z.number().int().positive(),
  text: plainText(2000),
});

export const placeKind = z.enum(['city', 'region', 'border']);

export const placeSchema = z.object({
  type: z.literal('Feature'),
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lowercase words joined by hyphens'),
  geometry: geometrySchema,
  properties: z.object({
    name: plainText(80),
    kind: placeKind,
    summary: plainText(300).refine(
      (s) => /[.!?]$/.test(s),
      'summary must be one sentence ending in a full stop',
    ),
    marker: position.optional(),
    /** Other words the article uses for the place, linked in the reader where they occur in an excerpt. */
    aliases: z.array(plainText(80)).optional(),
    excerpts: z.array(excerptSchema).min(1),
    /** On the collection's map: how many articles mention the place (its mark's badge from 2). */
    articles: z.number().int().min(1).optional(),
    geometrySource: z.string().min(1),
    markerSource: z.string().min(1).optional(),
    license: z.string().min(1),
  }),
});

export const placesShape = z.object({
  type: z.literal('FeatureCollection'),
  /** Optional order of the briefing's steps (every id once); by default, order of first mention. */
  briefing: z.array(z.string()).optional(),
  features: z.array(placeSchema).min(1, 'the collection must hold at least one place'),
});

export type Place = z.infer<typeof placeSchema>;
export type PlaceKind = z.infer<typeof placeKind>;
export type Excerpt = z.infer<typeof excerptSchema>;
export type Places = z.infer<typeof placesShape>;
export type Geometry = Place['geometry'];

const KIND_GEOMETRY: Record<PlaceKind, readonly Geometry['type'][]> = {
  city: ['Point'],
  region: ['Polygon', 'MultiPolygon'],
  border: ['LineString', 'MultiLineString'],
};

/** A quote is whole sentences when it starts a sentence and ends one. */
export function isWholeSentences(paragraph: string, quote: string): boolean {
  const at = paragraph.indexOf(quote);
  return at >= 0 && isWholeSentencesAt(paragraph, at, at + quote.length);
}

/** Whether paragraph.slice(at, end) starts a sentence and ends one. */
export function isWholeSentencesAt(paragraph: string, at: number, end: number): boolean {
  const quote = paragraph.slice(at, end);
  // A closing quote ends a sentence only after . ! or ? (not after a comma: `me,” the president said`).
  const startsSentence =
    at === 0 || /(?:[.!?:]|[.!?]”)\s$/.test(paragraph.slice(Math.max(0, at - 3), at));
  const endsSentence =
    /[.!?]”?$/.test(quote) && (end === paragraph.length || paragraph[end] === ' ');
  return startsSentence && endsSentence;
}

type Ctx = z.RefinementCtx;

/** Geometry checks shared with the collection's places (lib/collection/validate.ts). */
export function checkGeometry(
  place: Pick<Place, 'geometry'> & { properties: Pick<Place['properties'], 'kind' | 'marker'> },
  ctx: Ctx,
  base: (string | number)[],
) {
  const g = place.geometry;
  positionsOf(g.coordinates).forEach((p, i) => {
    if (!inRange(p))
      ctx.addIssue({
        code: 'custom',
        path: [...base, 'geometry', 'coordinates'],
        message: `position ${i} [${p}] is out of range`,
      });
  });
  const rings =
    g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
  rings.forEach((r, i) => {
    if (!isClosedRing(r))
      ctx.addIssue({
        code: 'custom',
        path: [...base, 'geometry', 'coordinates'],
        message: `ring ${i} is not closed (first and last positions differ, or fewer than 4)`,
      });
  });
  if (!KIND_GEOMETRY[place.properties.kind].includes(g.type)) {
    ctx.addIssue({
      code: 'custom',
      path: [...base, 'geometry', 'type'],
      message: `a ${place.properties.kind} needs ${KIND_GEOMETRY[place.properties.kind].join(' or ')}, not ${g.type}`,
    });
  }
  const marker = place.properties.marker;
  if (g.type !== 'Point' && !marker) {
    ctx.addIssue({
      code: 'custom',
      path: [...base, 'properties', 'marker'],
      message: 'an area or a line needs a marker [lon, lat]',
    });
  } else if (marker && !inRange(marker)) {
    ctx.addIssue({
      code: 'custom',
      path: [...base, 'properties', 'marker'],
      message: `[${marker}] is out of range`,
    });
  } else if (marker && !markerFits(g, marker)) {
    ctx.addIssue({
      code: 'custom',
      path: [...base, 'properties', 'marker'],
      message: `[${marker}] is not ${g.type.includes('Line') ? 'on the line' : 'inside the polygon'}`,
    });
  }
}

function checkAliases(place: Place, ctx: Ctx, base: (string | number)[]) {
  (place.properties.aliases ?? []).forEach((alias, i) => {
    if (!place.properties.excerpts.some((ex) => ex.text.includes(alias))) {
      ctx.addIssue({
        code: 'custom',
        path: [...base, 'properties', 'aliases', i],
        message: `"${alias}" occurs in none of the place's excerpts`,
      });
    }
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether text contains term as a whole word (not inside a longer word), in any letter case. */
export function namesTerm(text: string, term: string): boolean {
  const haystack = text.toLowerCase();
  const needle = term.toLowerCase();
  // Lower-casing that changes a string's length (rare letters such as İ) would shift offsets.
  if (haystack.length !== text.length || needle.length !== term.length || !needle)
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'iu').test(
      text,
    );
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.slice(Math.max(0, at - 2), at);
    const after = haystack.slice(at + needle.length, at + needle.length + 2);
    if (!WORD_END.test(before) && !WORD_START.test(after)) return true;
  }
  return false;
}

// A search, not one regular expression per name: compiling a case-insensitive Unicode pattern
// costs about 2 ms, and a collection check meets thousands of names.
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * An excerpt belongs to a place only where it names the place: by its name or by an alias (words
 * the article plainly uses for it). Otherwise a citation would attribute the passage to a place it
 * is not about (¶ 4's talks "with Moscow" quoted under Brussels).
 */
function checkExcerptsNamePlace(place: Place, ctx: Ctx, base: (string | number)[]) {
  const { name, aliases = [], excerpts } = place.properties;
  excerpts.forEach((ex, i) => {
    if (![name, ...aliases].some((term) => namesTerm(ex.text, term))) {
      ctx.addIssue({
        code: 'custom',
        path: [...base, 'properties', 'excerpts', i, 'text'],
        message: `does not name "${name}" or one of its aliases`,
      });
    }
  });
}

function checkExcerpts(place: Place, article: Article, ctx: Ctx, base: (string | number)[]) {
  let last: [number, number] = [0, -1];
  place.properties.excerpts.forEach((ex, i) => {
    const path = [...base, 'properties', 'excerpts', i];
    const para = article.paragraphs.find((p) => p.n === ex.paragraph);
    if (!para) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'paragraph'],
        message: `¶ ${ex.paragraph} does not exist (the article has ${article.paragraphs.length})`,
      });
      return;
    }
    const at = para.text.indexOf(ex.text);
    if (at < 0) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'text'],
        message: `not found verbatim in ¶ ${ex.paragraph}`,
      });
      return;
    }
    if (!isWholeSentences(para.text, ex.text)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'text'],
        message: `must be whole sentences of ¶ ${ex.paragraph}`,
      });
    }
    if (ex.paragraph < last[0] || (ex.paragraph === last[0] && at <= last[1])) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'paragraph'],
        message: 'excerpts must follow article order',
      });
    }
    last = [ex.paragraph, at];
  });
}

/** The full schema: shape, then the checks that need the whole file and the article. */
export function placesSchema(article: Article) {
  return placesShape.superRefine((fc, ctx) => {
    const seen = new Map<string, number>();
    fc.features.forEach((place, i) => {
      const base = ['features', i];
      if (seen.has(place.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [...base, 'id'],
          message: `duplicate id (also feature ${seen.get(place.id)})`,
        });
      }
      seen.set(place.id, i);
      checkGeometry(place, ctx, base);
      checkExcerpts(place, article, ctx, base);
      checkExcerptsNamePlace(place, ctx, base);
      checkAliases(place, ctx, base);
    });
    if (fc.briefing) {
      const ids = fc.features.map((f) => f.id);
      const missing = ids.filter((id) => !fc.briefing!.includes(id));
      const unknown = fc.briefing.filter((id) => !ids.includes(id));
      const twice = fc.briefing.filter((id, i) => fc.briefing!.indexOf(id) !== i);
      if (missing.length || unknown.length || twice.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['briefing'],
          message: `must list every place id once (missing: ${missing.join(', ') || 'none'}; unknown: ${unknown.join(', ') || 'none'}; twice: ${twice.join(', ') || 'none'})`,
        });
      }
    }
  });
}

export class PlacesDataError extends Error {
  constructor(
    readonly problems: string[],
    source: string,
  ) {
    super(`${source} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PlacesDataError';
  }
}

/** "feature \"luhansk\" properties.excerpts[0].text: ..." — names the place by id, not by index. */
export function describeIssue(
  input: unknown,
  issue: { path: readonly PropertyKey[]; message: string },
): string {
  const [head, index, ...rest] = issue.path;
  let where = '';
  let path = issue.path;
  if (head === 'features' && typeof index === 'number') {
    const raw = (input as { features?: { id?: unknown }[] })?.features?.[index];
    const id = raw && typeof raw.id === 'string' ? `"${raw.id}"` : `#${index} (no id)`;
    where = `feature ${id} `;
    path = rest;
  }
  const field = path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  );
  return `${where}${field || '(root)'}: ${issue.message}`;
}

// Big enough for the benchmark's 1,000 places and 10,000 excerpts; anything larger is a mistake.
export const MAX_PLACES_BYTES = 8 * 1024 * 1024;

/** Parses and validates a places file; throws PlacesDataError naming each feature id and field. */
export function parsePlaces(
  input: unknown,
  article: Article,
  source = 'data/places.geojson',
): Places {
  const result = placesSchema(article).safeParse(input);
  if (!result.success)
    throw new PlacesDataError(
      result.error.issues.map((i) => describeIssue(input, i)),
      source,
    );
  return result.data;
}

/** Same as parsePlaces, from the file's text (rejects oversized files and bad JSON first). */
export function parsePlacesText(
  textContent: string,
  article: Article,
  source = 'data/places.geojson',
): Places {
  const bytes = new TextEncoder().encode(textContent).length;
  if (bytes > MAX_PLACES_BYTES)
    throw new PlacesDataError(
      [`(file): ${bytes} bytes is over the ${MAX_PLACES_BYTES}-byte limit`],
      source,
    );
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch (e) {
    throw new PlacesDataError([`(file): not valid JSON (${(e as Error).message})`], source);
  }
  return parsePlaces(json, article, source);
}
