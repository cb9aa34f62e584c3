// Checks a collection before it is stored: each file's shape (zod), then what needs the whole
// collection (a mention's place exists, its span lies in its paragraph, is whole sentences and
// names the place). Every problem names the article slug or place id and the field.
import { z } from 'zod';
import { checkGeometry, isWholeSentencesAt, namesTerm } from '../places-schema';
import {
  articleFileSchema,
  placesFileSchema,
  type ArticleFile,
  type Collection,
  type CollectionPlace,
} from './model';

export class CollectionError extends Error {
  constructor(readonly problems: string[]) {
    super(`the collection is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CollectionError';
  }
}

const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  ) || '(root)';

const idOf = (raw: unknown, key: 'slug' | 'id', index: number) => {
  const v = (raw as Record<string, unknown> | null)?.[key];
  return typeof v === 'string' ? `"${v}"` : `#${index} (no ${key})`;
};

/** Parses one article file; problems read `article "slug" mentions[2].end: ...`. */
export function parseArticleFile(raw: unknown, index = 0): ArticleFile | string[] {
  const r = articleFileSchema.safeParse(raw);
  if (r.success) return r.data;
  const who = `article ${idOf(raw, 'slug', index)}`;
  return r.error.issues.map((i) => `${who} ${fieldPath(i.path)}: ${i.message}`);
}

/** Parses the places file; problems read `place "luhansk" geometry.type: ...`. */
export function parsePlacesFile(raw: unknown): CollectionPlace[] | string[] {
  const problems: string[] = [];
  const shape = placesFileSchema.safeParse(raw);
  if (!shape.success) {
    return shape.error.issues.map((i) => {
      const [head, index, ...rest] = i.path;
      if (head === 'features' && typeof index === 'number') {
        const raw1 = (raw as { features?: unknown[] }).features?.[index];
        return `place ${idOf(raw1, 'id', index)} ${fieldPath(rest)}: ${i.message}`;
      }
      return `places ${fieldPath(i.path)}: ${i.message}`;
    });
  }
  const seen = new Set<string>();
  for (const place of shape.data.features) {
    if (seen.has(place.id)) problems.push(`place "${place.id}" id: duplicate id`);
    seen.add(place.id);
    const issues: z.core.$ZodIssue[] = [];
    const ctx = {
      addIssue: (i: unknown) => issues.push(i as z.core.$ZodIssue),
    } as unknown as z.RefinementCtx;
    checkGeometry(place, ctx, []);
    for (const i of issues) problems.push(`place "${place.id}" ${fieldPath(i.path)}: ${i.message}`);
  }
  return problems.length ? problems : shape.data.features;
}

/** The checks that need the places: each mention's place, span, sentences and naming. */
export function checkArticle(article: ArticleFile, places: ReadonlyMap<string, CollectionPlace>) {
  const problems: string[] = [];
  const at = (field: string, message: string) =>
    problems.push(`article "${article.slug}" ${field}: ${message}`);
  const paragraphs = new Map(article.paragraphs.map((p) => [p.n, p]));
  article.paragraphs.forEach((p, i) => {
    if (p.n !== i + 1)
      at(`paragraphs[${i}].n`, `must be ${i + 1} (paragraphs are numbered from 1)`);
  });
  for (const rev of article.earlierRevisions ?? []) {
    if (rev.revision >= article.revision)
      at('earlierRevisions', `revision ${rev.revision} is not earlier than ${article.revision}`);
  }
  const listed = new Set(article.places.map((p) => p.place));
  article.places.forEach((p, i) => {
    if (!places.has(p.place)) at(`places[${i}].place`, `no place "${p.place}" in the collection`);
    if (!article.mentions.some((m) => m.place === p.place))
      at(`places[${i}].place`, `"${p.place}" is listed but never mentioned`);
  });
  article.mentions.forEach((m, i) => {
    const field = `mentions[${i}]`;
    const place = places.get(m.place);
    if (!place) return at(`${field}.place`, `no place "${m.place}" in the collection`);
    if (!listed.has(m.place)) at(`${field}.place`, `"${m.place}" is not in the article's places`);
    const para = paragraphs.get(m.paragraph);
    if (!para)
      return at(
        `${field}.paragraph`,
        `¶ ${m.paragraph} does not exist in revision ${article.revision} (it has ${article.paragraphs.length})`,
      );
    if (m.end <= m.start || m.end > para.text.length)
      return at(
        `${field}.end`,
        `span ${m.start}–${m.end} is outside ¶ ${m.paragraph} (${para.text.length} characters)`,
      );
    if (!isWholeSentencesAt(para.text, m.start, m.end))
      at(`${field}`, `must be whole sentences of ¶ ${m.paragraph}`);
    const text = para.text.slice(m.start, m.end);
    const { name, aliases = [] } = place.properties;
    if (![name, ...aliases].some((t) => namesTerm(text, t)))
      at(`${field}`, `does not name "${name}" or one of its aliases`);
    m.dates?.forEach((d, j) => {
      if (d.start < m.start || d.end > m.end || d.end <= d.start)
        at(
          `${field}.dates[${j}].end`,
          `span ${d.start}–${d.end} is outside the mention's sentence`,
        );
      else if (para.text.slice(d.start, d.end) !== d.text)
        at(`${field}.dates[${j}].text`, `is not the paragraph's words at ${d.start}–${d.end}`);
    });
  });
  if (article.briefing) {
    const missing = [...listed].filter((id) => !article.briefing!.includes(id));
    const unknown = article.briefing.filter((id) => !listed.has(id));
    if (missing.length || unknown.length)
      at(
        'briefing',
        `must list every place once (missing: ${missing.join(', ') || 'none'}; unknown: ${unknown.join(', ') || 'none'})`,
      );
  }
  return problems;
}

/** Parses and checks a whole collection; throws CollectionError listing every problem. */
export function parseCollection(raw: { places: unknown; articles: unknown[] }): Collection {
  const problems: string[] = [];
  const places = parsePlacesFile(raw.places);
  const placeList = places.every((p) => typeof p !== 'string') ? places : [];
  if (placeList !== places) problems.push(...(places as string[]));
  const byId = new Map((placeList as CollectionPlace[]).map((p) => [p.id, p]));
  const articles: ArticleFile[] = [];
  const slugs = new Set<string>();
  raw.articles.forEach((a, i) => {
    const parsed = parseArticleFile(a, i);
    if (Array.isArray(parsed)) return problems.push(...parsed);
    if (slugs.has(parsed.slug)) problems.push(`article "${parsed.slug}" slug: duplicate slug`);
    slugs.add(parsed.slug);
    problems.push(...checkArticle(parsed, byId));
    articles.push(parsed);
  });
  if (problems.length) throw new CollectionError(problems);
  return { places: placeList as CollectionPlace[], articles };
}
