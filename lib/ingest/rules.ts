// The rule layer over the gazetteer: the words around a name that say what kind of place it is,
// or that it is not a place at all. Each rule returns the reason the analyst will read.
import type { PlaceKind } from './gazetteer-file';

/** Demonyms and adjectives: "Russian troops" names no place, but says which country is meant. */
export const DEMONYMS: Record<string, string> = {
  russian: 'RU',
  russians: 'RU',
  ukrainian: 'UA',
  ukrainians: 'UA',
  belarusian: 'BY',
  belarussian: 'BY',
  belarusians: 'BY',
  polish: 'PL',
  poles: 'PL',
  moldovan: 'MD',
  romanian: 'RO',
  hungarian: 'HU',
  slovak: 'SK',
  georgian: 'GE',
  lithuanian: 'LT',
  latvian: 'LV',
  estonian: 'EE',
  finnish: 'FI',
  turkish: 'TR',
  kazakh: 'KZ',
  armenian: 'AM',
  azerbaijani: 'AZ',
  german: 'DE',
  french: 'FR',
  british: 'GB',
  american: 'US',
  americans: 'US',
  crimean: 'UA',
  european: '',
  soviet: '',
  western: '',
  eastern: '',
  chinese: 'CN',
  belgian: 'BE',
};

export type Cue = { kind?: PlaceKind; reason: string; skip?: boolean };

// Words after a name that make it part of an organisation's or an agreement's name. Minsk in
// "the Minsk agreements" names the 2014–15 accords, not anything happening in the city: not a place.
const ORG_AFTER =
  /^\s+(Post|Times|Independent|Pravda|Patriarchate|Metro|Airport|Echo|Mirror|Herald|Dynamo|Pride|Process|Format|Group|Declaration|(agreements?|accords?|protocols?|format|talks|deal|peace deal|process|ceasefire)\b|II\b)/i;
const ORG_BEFORE =
  /\b(Dynamo|Shakhtar|Zorya|Metalist|Spartak|CSKA|FC|Radio|Echo of|University of)\s+$/;

const REGION_AFTER =
  /^(?:\s+and\s+[\p{Lu}][\p{L}’'-]+)?\s+(regions?|oblasts?|provinces?|governorates?|krai|area)\b/iu;
const PENINSULA = { before: /\bpeninsula of\s+$/i, after: /^\s+peninsula\b/i };
const PEOPLES_REPUBLIC = /^(?:\s+and\s+[\p{Lu}][\p{L}’'-]+)?\s+People[’']s\s+Republics?\b/u;
const DIRECTION_BEFORE =
  /\b(north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(ern)?\s+$/i;
const REGION_OF_BEFORE = /\b(region|oblast|province) of\s+$/i;

/**
 * What the words around a name say about it. `before` and `after` are the paragraph's text either
 * side of the name.
 */
export function contextCues(before: string, after: string): Cue[] {
  const cues: Cue[] = [];
  if (ORG_AFTER.test(after) || ORG_BEFORE.test(before))
    cues.push({
      skip: true,
      reason: 'part of a name (a newspaper, a club, an agreement), not a place',
    });
  if (PEOPLES_REPUBLIC.test(after))
    cues.push({
      kind: 'region',
      reason: '"People’s Republic": the separatist entity, mapped to its region',
    });
  if (REGION_AFTER.test(after) || REGION_OF_BEFORE.test(before))
    cues.push({ kind: 'region', reason: 'named as a region ("… region", "… oblast")' });
  if (PENINSULA.before.test(before) || PENINSULA.after.test(after))
    cues.push({ kind: 'region', reason: 'named as a peninsula' });
  const dir = DIRECTION_BEFORE.exec(before);
  if (dir) cues.push({ reason: `"${dir[0].trim()}": a part of it, mapped to the whole` });
  return cues;
}

/** "DPR", "LNR"…: the separatist entities' abbreviations, with the region each is mapped to. */
export const ABBREVIATIONS: Record<string, string> = {
  DPR: 'donetsk',
  DNR: 'donetsk',
  LPR: 'luhansk',
  LNR: 'luhansk',
};

export type BorderHit = { start: number; end: number; countries: string[]; reason: string };

const NAME = String.raw`([\p{Lu}][\p{L}]+)`;
const ADJ = String.raw`([\p{Lu}][\p{L}]+)`;
const BORDER_RULES: [RegExp, string][] = [
  [new RegExp(String.raw`\b${ADJ}[-–]${ADJ} (?:land )?(?:border|frontier)`, 'gu'), '"X-Y border"'],
  [
    new RegExp(String.raw`\b(?:border|frontier) between ${NAME} and ${NAME}`, 'gu'),
    '"the border between X and Y"',
  ],
  [
    new RegExp(String.raw`\b${NAME}(?:’s|'s) (?:border|frontier) with (?:the )?${NAME}`, 'gu'),
    '"X’s border with Y"',
  ],
  [
    new RegExp(String.raw`\b(?:border|frontier)s? with (?:the )?${NAME}`, 'gu'),
    '"the border with X"',
  ],
  [
    new RegExp(
      String.raw`\b(?:areas?|positions|regions) (?:not far from|close to|near) ${NAME}`,
      'gu',
    ),
    '"areas not far from X": the border area',
  ],
  [new RegExp(String.raw`\b${ADJ} (?:border|frontier)\b`, 'gu'), '"the X border"'],
  [
    /\b(?:near|along|on|at|to|from|across|close to) the (?:border|frontier)\b/gu,
    '"the border", between the article’s two countries',
  ],
];

/**
 * Mentions of a land border. `countryOf` turns a name or adjective into a country code; the other
 * side of a one-sided border ("the border with Ukraine") is left for the resolver.
 */
export function findBorders(
  text: string,
  countryOf: (word: string) => string | undefined,
): BorderHit[] {
  const hits: BorderHit[] = [];
  for (const [re, reason] of BORDER_RULES) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (hits.some((h) => start < h.end && start + m[0].length > h.start)) continue;
      const countries = m.slice(1).filter(Boolean).map(countryOf);
      if (countries.some((c) => c === undefined)) continue;
      hits.push({ start, end: start + m[0].length, countries: countries as string[], reason });
    }
  }
  return hits;
}
