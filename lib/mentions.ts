import type { Place } from './places-schema';

export type Segment = { text: string; placeId?: string };

type Hit = { start: number; end: number; placeId: string };

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/**
 * Splits a paragraph into plain text and place mentions. A mention is the place's name (or one of
 * its aliases) where it occurs, as a whole word, inside one of that place's own excerpts of this
 * paragraph — so the links come from the data, and a new place is linked without code changes.
 * Where mentions overlap, the earlier and then the longer wins.
 */
export function mentionSegments(
  paragraphText: string,
  n: number,
  places: readonly Place[],
): Segment[] {
  const hits: Hit[] = [];
  for (const place of places) {
    const terms = [place.properties.name, ...(place.properties.aliases ?? [])];
    for (const ex of place.properties.excerpts) {
      if (ex.paragraph !== n) continue;
      const from = paragraphText.indexOf(ex.text);
      if (from < 0) continue;
      const to = from + ex.text.length;
      for (const term of terms) {
        for (
          let at = paragraphText.indexOf(term, from);
          at >= 0 && at + term.length <= to;
          at = paragraphText.indexOf(term, at + 1)
        ) {
          const end = at + term.length;
          if (isWordChar(paragraphText[at - 1]) || isWordChar(paragraphText[end])) continue;
          hits.push({ start: at, end, placeId: place.id });
        }
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const h of hits) {
    if (h.start < cursor) continue;
    if (h.start > cursor) segments.push({ text: paragraphText.slice(cursor, h.start) });
    segments.push({ text: paragraphText.slice(h.start, h.end), placeId: h.placeId });
    cursor = h.end;
  }
  if (cursor < paragraphText.length) segments.push({ text: paragraphText.slice(cursor) });
  return segments;
}

/** The places that quote paragraph n, in data order. */
export function placesCiting(n: number, places: readonly Place[]): Place[] {
  return places.filter((p) => p.properties.excerpts.some((ex) => ex.paragraph === n));
}
