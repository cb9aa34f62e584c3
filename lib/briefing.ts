import type { Place, Places } from './places-schema';

/** Where the article first speaks of a place: [paragraph, character offset of its name, or of the excerpt]. */
function firstMention(place: Place, paragraphText: (n: number) => string): [number, number] {
  const terms = [place.properties.name, ...(place.properties.aliases ?? [])];
  let best: [number, number] = [Infinity, Infinity];
  for (const ex of place.properties.excerpts) {
    const text = paragraphText(ex.paragraph);
    const start = text.indexOf(ex.text);
    const named = terms
      .map((t) => text.indexOf(t, start))
      .filter((i) => i >= 0 && i < start + ex.text.length);
    const at: [number, number] = [ex.paragraph, named.length ? Math.min(...named) : start];
    if (at[0] < best[0] || (at[0] === best[0] && at[1] < best[1])) best = at;
  }
  return best;
}

/** The briefing's steps: the order kept in the data, or else the order of first mention in the article. */
export function briefingOrder(places: Places, paragraphText: (n: number) => string): Place[] {
  if (places.briefing)
    return places.briefing.map((id) => places.features.find((p) => p.id === id)!);
  const keyed = places.features.map((p) => ({ p, at: firstMention(p, paragraphText) }));
  keyed.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
  return keyed.map((k) => k.p);
}
