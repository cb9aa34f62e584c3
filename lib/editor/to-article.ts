// From a finished review to the write API's body: the article file (kept paragraphs numbered
// from 1, accepted mentions renumbered with them, verbatim spans) and the places new to the
// collection. Pure: the server checks it all again (lib/store/publish.ts); this catches what the
// analyst can fix before sending.
import type { ArticleFile, CollectionPlace } from '../collection/model';
import { acceptedPlaces, type ReviewState } from './review';
import type { PlaceResult } from './place-result';

export type ArticleMeta = {
  title: string;
  publisher: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  url: string;
  language: string;
};

export type PublishBody = { article: ArticleFile; newPlaces: CollectionPlace[] };

/** A slug from a title: ASCII lower-case words joined by hyphens. */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export function dateOf(value: string): ArticleFile['date'] | undefined {
  const v = value.trim();
  const precision = /^\d{4}-\d{2}-\d{2}$/.test(v)
    ? 'day'
    : /^\d{4}-\d{2}$/.test(v)
      ? 'month'
      : /^\d{4}$/.test(v)
        ? 'year'
        : undefined;
  return precision && { value: v, precision, inferred: false };
}

/** A place's feature for the collection, from its gazetteer entry; undefined if it has no shape. */
export function featureOf(place: PlaceResult, aliases: string[]): CollectionPlace | undefined {
  const base = {
    name: place.name,
    kind: place.kind as 'city' | 'region' | 'border',
    ...(aliases.length ? { aliases } : {}),
    geometrySource: place.source,
    license: place.licence,
  };
  if (place.kind === 'city')
    return {
      type: 'Feature',
      id: place.id,
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: base,
    };
  if ((place.kind !== 'region' && place.kind !== 'border') || !place.geometry) return undefined;
  return {
    type: 'Feature',
    id: place.id,
    geometry: place.geometry as CollectionPlace['geometry'],
    properties: { ...base, marker: [place.lon, place.lat] },
  };
}

const isSentence = (s: string) => /[.!?]$/.test(s);

/** The write API's body, or every problem the analyst must fix first. */
export function toPublishBody(
  review: ReviewState,
  meta: ArticleMeta,
): { body: PublishBody; problems?: undefined } | { problems: string[]; body?: undefined } {
  const problems: string[] = [];
  const slug = slugOf(meta.title);
  if (!meta.title.trim()) problems.push('Title: the article needs a title.');
  else if (!slug)
    problems.push('Title: it needs at least one Latin letter or digit for its address.');
  const date = dateOf(meta.date);
  if (!date) problems.push('Date: write it as YYYY-MM-DD, YYYY-MM or YYYY.');
  if (meta.url.trim() && !/^https?:\/\/\S+$/.test(meta.url.trim()))
    problems.push('URL: an http or https address, or nothing.');

  // ¶ numbers follow the kept paragraphs: removed furniture leaves no gap.
  const numberOf = new Map<number, number>();
  const paragraphs: ArticleFile['paragraphs'] = [];
  review.paragraphs.forEach((p, i) => {
    if (!review.kept[i]) return;
    numberOf.set(i, paragraphs.length + 1);
    paragraphs.push({
      n: paragraphs.length + 1,
      kind: p.kind === 'title' ? 'subheading' : p.kind,
      text: p.text,
    });
  });
  if (!paragraphs.length) problems.push('Text: every paragraph is removed.');

  const places = acceptedPlaces(review);
  const publishable = new Set(places.map((p) => p.id));
  const mentions: ArticleFile['mentions'] = [];
  const seen = new Set<string>();
  const aliases = new Map<string, Set<string>>();
  for (const x of review.suggestions) {
    const n = numberOf.get(x.index);
    if (x.decision !== 'accepted' || n === undefined || !publishable.has(x.place.id)) continue;
    const id = `${x.place.id} ${n} ${x.start} ${x.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    // Date offsets are within the paragraph, whose text is kept as it is: renumbering leaves them.
    mentions.push({
      place: x.place.id,
      paragraph: n,
      start: x.start,
      end: x.end,
      ...(x.dates ? { dates: x.dates } : {}),
    });
    const text = review.paragraphs[x.index].text;
    for (const name of x.names) {
      const word = text.slice(name.start, name.end).trim();
      if (word && word !== x.place.name)
        (aliases.get(x.place.id) ?? aliases.set(x.place.id, new Set()).get(x.place.id)!).add(word);
    }
  }
  if (!mentions.length)
    problems.push(
      'Places: accept at least one suggestion, or select words in a paragraph and add a mention.',
    );

  const articlePlaces: ArticleFile['places'] = [];
  for (const p of places) {
    const summary = (review.summaries[p.id] ?? '').trim().replace(/\s+/g, ' ');
    if (!summary) problems.push(`${p.name}: write its summary sentence.`);
    else if (!isSentence(summary))
      problems.push(`${p.name}: the summary must be one sentence ending in a full stop.`);
    else if (summary.length > 300) problems.push(`${p.name}: the summary is over 300 characters.`);
    articlePlaces.push({ place: p.id, summary });
  }

  const newPlaces: CollectionPlace[] = [];
  for (const p of places.filter((x) => !x.existing)) {
    const f = featureOf(p, [...(aliases.get(p.id) ?? [])]);
    if (f) newPlaces.push(f);
  }
  if (problems.length) return { problems };
  const article: ArticleFile = {
    slug,
    title: meta.title.trim(),
    publisher: meta.publisher.trim() || null,
    date: date!,
    ...(meta.url.trim() ? { sourceUrl: meta.url.trim() } : {}),
    language: meta.language.trim() || 'en',
    revision: 1,
    paragraphs,
    places: articlePlaces,
    mentions,
  };
  return { body: { article, newPlaces } };
}
