// Choosing among namesakes, with the evidence written down: the kind the words ask for, a
// country named beside it ("Odessa, Texas"), the countries and places of the article, population.
import type { PlaceKind } from './gazetteer-file';
import type { Entry } from './gazetteer';

export type Evidence = {
  /** Countries the article names or implies (demonyms), with how often. */
  countries: Map<string, number>;
  /** Points of places the article names without ambiguity. */
  anchors: [number, number][];
};

export type Scored = { entry: Entry; score: number; why: string[] };

// The story's own countries: a name found here first is likelier than its namesakes abroad.
const STORY = new Set(['UA', 'RU', 'BY', 'MD']);

function km([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const r = Math.PI / 180;
  const x = (lon2 - lon1) * r * Math.cos(((lat1 + lat2) / 2) * r);
  return Math.hypot(x, (lat2 - lat1) * r) * 6371;
}

/**
 * Scores each candidate; the first of the result is the choice, the rest are the runners-up.
 * `qualifier` is the country or region written after a comma ("Odessa, Texas"), if any.
 */
export function rank(
  candidates: Entry[],
  evidence: Evidence,
  wantKind: PlaceKind | undefined,
  qualifier: Entry | undefined,
): Scored[] {
  const scored = candidates.map((entry) => {
    const why: string[] = [];
    let score = 0;
    if (wantKind) {
      if (entry.kind === wantKind) {
        score += 4;
        why.push(`the words name a ${wantKind}`);
      } else score -= 4;
    } else if (entry.kind === 'country') {
      score += 3;
      why.push('a country’s name');
    } else if (entry.kind === 'city') score += 0.5;
    if (qualifier) {
      const match =
        qualifier.kind === 'country'
          ? entry.countries.includes(qualifier.countries[0])
          : entry.admin === qualifier.admin;
      score += match ? 6 : -6;
      if (match) why.push(`written with "${qualifier.name}"`);
    }
    const mentioned = entry.countries.filter((c) => evidence.countries.has(c));
    if (mentioned.length && entry.kind !== 'country') {
      score += 2;
      why.push(`its country (${mentioned.join(', ')}) is in the article`);
    }
    if (entry.countries.some((c) => STORY.has(c))) {
      score += 1;
      why.push('in the story’s region');
    }
    if (entry.population > 0) {
      score += Math.log10(entry.population) / 3;
      why.push(`population ${entry.population.toLocaleString('en')}`);
    }
    if (evidence.anchors.length && entry.kind !== 'country') {
      const near = Math.min(...evidence.anchors.map((a) => km(a, [entry.lon, entry.lat])));
      if (near < 600) {
        score += 1.5;
        why.push(`${Math.round(near)} km from another place the article names`);
      }
    }
    return { entry, score, why };
  });
  return scored.sort((a, b) => b.score - a.score);
}

/** 0..1: high when the choice stands well clear of its runner-up. */
export function confidenceOf(ranked: Scored[], ruled: boolean): number {
  const base = ruled ? 0.95 : 0.85;
  if (ranked.length < 2) return base;
  const margin = ranked[0].score - ranked[1].score;
  return Math.round(Math.min(base, 0.5 + margin / 4) * 100) / 100;
}
