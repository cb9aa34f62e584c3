// Finds the names of places in one paragraph: gazetteer look-ups of capitalised word runs
// (longest first), the separatists' abbreviations, and the border phrases of lib/ingest/rules.ts.
import { looseKey, type Entry, type Gazetteer } from './gazetteer';
import { nameKey } from './normalize';
import { ABBREVIATIONS, DEMONYMS, contextCues, findBorders, type Cue } from './rules';

export type Found = {
  start: number;
  end: number;
  entries: Entry[];
  cues: Cue[];
  /** The country or region written after a comma ("Odessa, Texas"). */
  qualifier?: Entry;
  /** A border whose other side is for the resolver to choose. */
  oneSidedBorder?: string;
  rule?: string;
};
export type Skipped = { start: number; end: number; reason: string };

type Token = { start: number; end: number; text: string };

// Capitalised words that are also the names of towns in the gazetteer.
const COMMON = new Set(
  'the a an of in on at for and but or as it this that these those he she we they its his her our their there then when while after before since during under over president minister prime general police union mission independence liberty victory progress peace march may june august sunday monday tuesday wednesday thursday friday saturday christmas easter said says new old north south east west central city state republic university europe washington post times'.split(
    ' ',
  ),
);

// Words that may follow a place's name without making it a person's name.
const ROLE =
  /^(Oblast|Region|Province|People|Peninsula|Sea|Strait|City|Council|Mayor|Governor|Airport|Station|Square|River|Bay|Krai|Raion)/;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}][\p{L}\p{M}’'.-]*/gu)) {
    let t = m[0];
    if (!/^(\p{Lu}\.)+$/u.test(t)) t = t.replace(/[.-]+$/, '');
    t = t.replace(/(’s|'s|’|')$/, '');
    if (t) out.push({ start: m.index!, end: m.index! + t.length, text: t });
  }
  return out;
}

const isCapital = (t: string) => /^\p{Lu}/u.test(t);
const isAllCaps = (t: string) => t.length > 1 && /^[\p{Lu}.]+$/u.test(t);

export function countryCode(g: Gazetteer, word: string): string | undefined {
  const key = nameKey(word);
  if (DEMONYMS[key]) return DEMONYMS[key];
  return g.byKey.get(key)?.find((e) => e.kind === 'country')?.countries[0];
}

export function findInParagraph(
  text: string,
  g: Gazetteer,
  first: boolean,
): { found: Found[]; skipped: Skipped[] } {
  const found: Found[] = [];
  const skipped: Skipped[] = [];
  for (const b of findBorders(text, (w) => countryCode(g, w))) {
    found.push({
      start: b.start,
      end: b.end,
      entries: [],
      cues: [{ kind: 'border', reason: b.reason }],
      oneSidedBorder: b.countries.length === 1 ? b.countries[0] : undefined,
      rule: b.countries.length === 2 ? b.countries.join('|') : undefined,
    });
  }
  const toks = tokens(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!isCapital(t.text)) continue;
    if (ABBREVIATIONS[t.text]) {
      const e = g.byId.get(ABBREVIATIONS[t.text]);
      if (e)
        found.push({
          start: t.start,
          end: t.end,
          entries: [e],
          cues: [
            { kind: 'region', reason: `"${t.text}": the separatist entity, mapped to its region` },
          ],
        });
      continue;
    }
    // A dateline ("KYIV, Jan 5 (Wire) –") is the one place where a name is in capitals.
    const dateline = first && t.start < 40 && /^\s*[,(–—-]/.test(text.slice(t.end));
    for (let j = Math.min(toks.length, i + g.maxWords); j > i; j--) {
      const last = toks[j - 1];
      if (!isCapital(last.text)) continue;
      const phrase = text.slice(t.start, last.end);
      const key = nameKey(phrase);
      if (j === i + 1 && (COMMON.has(key) || key in DEMONYMS)) continue;
      let entries = g.byKey.get(key) ?? (j === i + 1 ? g.byLooseKey.get(looseKey(key)) : undefined);
      if (!entries) continue;
      if (isAllCaps(phrase.replace(/\s/g, '')) && !dateline) {
        entries = entries.filter((e) => e.kind === 'country');
        if (!entries.length) continue;
      }
      // "Vladimir Putin": a one-word name followed by a capitalised word that is no place.
      const next = toks[j];
      if (
        j === i + 1 &&
        next &&
        /^ $/.test(text.slice(last.end, next.start)) &&
        isCapital(next.text) &&
        !isAllCaps(next.text) &&
        !ROLE.test(next.text) &&
        !g.byKey.has(nameKey(next.text))
      ) {
        skipped.push({ start: t.start, end: next.end, reason: 'a person’s name' });
        i = j;
        break;
      }
      const cues = contextCues(
        text.slice(Math.max(0, t.start - 40), t.start),
        text.slice(last.end, last.end + 60),
      );
      if (dateline) cues.push({ reason: 'the dateline: where the story was filed' });
      const skip = cues.find((c) => c.skip);
      if (skip) {
        skipped.push({ start: t.start, end: last.end, reason: skip.reason });
        i = j - 1;
        break;
      }
      let qualifier: Entry | undefined;
      const q = /^,\s*([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?)/u.exec(text.slice(last.end));
      if (q) {
        qualifier = g.byKey
          .get(nameKey(q[1]))
          ?.find(
            (e) => e.kind === 'country' || (e.kind === 'region' && !e.countries.includes('UA')),
          );
        if (qualifier && !entries.some((e) => e.kind !== 'country')) qualifier = undefined;
      }
      const end = qualifier && q ? last.end + q[0].length : last.end;
      found.push({ start: t.start, end: last.end, entries, cues, qualifier });
      i = qualifier ? toks.findIndex((x) => x.start >= end) - 1 : j - 1;
      if (i < -1) i = toks.length;
      break;
    }
  }
  return { found: found.sort((a, b) => a.start - b.start), skipped };
}
