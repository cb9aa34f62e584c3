// Scoring a draft against gold (place, paragraph) pairs: precision, recall, F1 and the misses.
import type { Draft } from './draft';

export type Pair = { place: string; paragraph: number };
export type Score = {
  tp: number;
  fp: Pair[];
  fn: Pair[];
  precision: number;
  recall: number;
  f1: number;
};

const key = (p: Pair) => `${p.place}@${p.paragraph}`;

export function prf(tp: number, fp: number, fn: number) {
  // With nothing to find and nothing found, the draft is right: both are 1.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function scoreDraft(draft: Pick<Draft, 'mentions'>, gold: Pair[]): Score {
  const found = new Map(
    draft.mentions.map((m) => [key({ place: m.place.id, paragraph: m.paragraph }), m]),
  );
  const want = new Set(gold.map(key));
  const fp = [...found.keys()]
    .filter((k) => !want.has(k))
    .map((k) => {
      const [place, n] = k.split('@');
      return { place, paragraph: Number(n) };
    });
  const fn = gold.filter((g) => !found.has(key(g)));
  const tp = gold.length - fn.length;
  return { tp, fp, fn, ...prf(tp, fp.length, fn.length) };
}
