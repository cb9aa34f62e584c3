import { describe, expect, it } from 'vitest';
import {
  acceptEverywhere,
  addMention,
  decide,
  setKept,
  setSummary,
  startReview,
  unpublishable,
} from '@/lib/editor/review';
import { slugOf, toPublishBody } from '@/lib/editor/to-article';
import { decodeText, formatOfName, looksForeign } from '@/lib/editor/draft-request';
import type { Draft } from '@/lib/ingest/draft';

const kharkiv = {
  id: 'kharkiv',
  name: 'Kharkiv',
  kind: 'city' as const,
  lon: 36.25,
  lat: 50,
  source: 'GeoNames; 706483',
  licence: 'CC BY 4.0',
  existing: false,
};
const luhansk = {
  ...kharkiv,
  id: 'luhansk',
  name: 'Luhansk',
  lon: 39.3,
  lat: 48.6,
  existing: true,
};

const P1 = 'Leave A Comment';
const P2 = 'Shelling hit Kharkiv on Monday. Officials said little.';
const P3 = 'Later, Kharkiv and Luhansk were quiet. Kharkov residents waited.';
const draft: Pick<Draft, 'paragraphs' | 'mentions'> = {
  paragraphs: [
    { n: null, text: P1, kind: 'body', furniture: 'comment prompt' },
    { n: 1, text: P2, kind: 'body' },
    { n: 2, text: P3, kind: 'body' },
  ],
  mentions: [
    m(kharkiv, 1, P2, 'Shelling hit Kharkiv on Monday.'),
    m(kharkiv, 2, P3, 'Later, Kharkiv and Luhansk were quiet.'),
    m(luhansk, 2, P3, 'Later, Kharkiv and Luhansk were quiet.'),
  ],
};
function m(place: typeof kharkiv, paragraph: number, text: string, sentence: string) {
  const start = text.indexOf(sentence);
  const at = text.indexOf(place.name);
  return {
    place,
    paragraph,
    start,
    end: start + sentence.length,
    text: sentence,
    names: [{ start: at, end: at + place.name.length }],
    confidence: 0.9,
    reason: 'r',
    alternatives: [],
  };
}
const meta = {
  title: 'Shelling in Kharkiv',
  publisher: '',
  date: '2022-03-01',
  url: '',
  language: 'en',
};

describe('the review of a draft', () => {
  it('accepts a place everywhere in one action', () => {
    const s = acceptEverywhere(startReview(draft), 's0');
    expect(s.suggestions.map((x) => x.decision)).toEqual(['accepted', 'accepted', 'pending']);
  });

  it('publishes nothing without the summary of every accepted place', () => {
    const s = decide(acceptEverywhere(startReview(draft), 's0'), 's2', 'rejected');
    expect(toPublishBody(s, meta).problems).toEqual(['Kharkiv: write its summary sentence.']);
    expect(toPublishBody(setSummary(s, 'kharkiv', 'A city'), meta).problems?.[0]).toMatch(
      /one sentence ending in a full stop/,
    );
  });

  it('renumbers paragraphs and mentions when furniture is kept or removed; spans are verbatim', () => {
    let s = decide(acceptEverywhere(startReview(draft), 's0'), 's2', 'accepted');
    s = setSummary(setSummary(s, 'kharkiv', 'Shelled city.'), 'luhansk', 'Quiet city.');
    const removed = toPublishBody(s, meta).body!;
    expect(removed.article.paragraphs.map((p) => p.n)).toEqual([1, 2]);
    expect(removed.article.mentions.map((x) => [x.place, x.paragraph])).toEqual([
      ['kharkiv', 1],
      ['kharkiv', 2],
      ['luhansk', 2],
    ]);
    const kept = toPublishBody(setKept(s, 0, true), meta).body!;
    expect(kept.article.paragraphs[0].text).toBe(P1);
    expect(kept.article.mentions.map((x) => x.paragraph)).toEqual([2, 3, 3]);
    for (const body of [removed, kept])
      for (const x of body.article.mentions) {
        const text = body.article.paragraphs[x.paragraph - 1].text.slice(x.start, x.end);
        expect(draft.mentions.map((d) => d.text)).toContain(text);
      }
    expect(removed.newPlaces).toEqual([
      expect.objectContaining({
        id: 'kharkiv',
        geometry: { type: 'Point', coordinates: [36.25, 50] },
      }),
    ]);
    expect(removed.article.slug).toBe('shelling-in-kharkiv');
  });

  it('adds a mention from a selection, widened to its sentence, with the word as an alias', () => {
    let s = startReview(draft);
    const at = P3.indexOf('Kharkov');
    s = addMention(s, 2, { start: at, end: at + 7 }, kharkiv);
    const added = s.suggestions.find((x) => x.added)!;
    expect(P3.slice(added.start, added.end)).toBe('Kharkov residents waited.');
    const body = toPublishBody(setSummary(s, 'kharkiv', 'A city.'), meta).body!;
    expect(body.article.mentions).toEqual([
      { place: 'kharkiv', paragraph: 2, start: added.start, end: added.end },
    ]);
    expect(body.newPlaces[0].properties.aliases).toEqual(['Kharkov']);
  });

  it('says why countries, seas and regions without an outline cannot be published', () => {
    expect(unpublishable({ ...kharkiv, kind: 'country' })).toMatch(/country/);
    expect(unpublishable({ ...kharkiv, kind: 'sea' })).toMatch(/seas/);
    expect(unpublishable({ ...kharkiv, kind: 'region' })).toMatch(/outline/);
    expect(unpublishable({ ...kharkiv, kind: 'region', existing: true })).toBeUndefined();
  });

  it('asks for a title, a date and at least one mention', () => {
    const problems = toPublishBody(startReview(draft), {
      ...meta,
      title: '',
      date: '1 March',
    }).problems!;
    expect(problems.join(' ')).toMatch(/Title.*Date.*accept at least one/);
    expect(slugOf('Київ: “Ça va” 2022')).toBe('ca-va-2022');
  });
});

describe('the draft route’s input', () => {
  it('refuses binary, non-UTF-8 and oversize uploads, and other extensions', () => {
    expect(decodeText(new Uint8Array([72, 0, 105]), 'a.txt')).toMatchObject({ status: 400 });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]), 'a.txt')).toMatchObject({ status: 400 });
    expect(decodeText(new Uint8Array(5 * 1024 * 1024 + 1), 'a.txt')).toMatchObject({ status: 413 });
    expect(decodeText(new TextEncoder().encode('Kyiv é'), 'a.txt')).toBe('Kyiv é');
    expect(formatOfName('a.HTML')).toBe('html');
    expect(formatOfName('a.pdf')).toBeUndefined();
  });
  it('tells an article in another language', () => {
    expect(
      looksForeign(
        'Війська відійшли від Харкова, повідомили в міністерстві оборони України сьогодні вранці.',
      ),
    ).toBe(true);
    expect(
      looksForeign(
        'Troops pulled back from Kharkiv on Monday, the ministry of defence said in a statement to the press.',
      ),
    ).toBe(false);
  });
});

describe('the gazetteer’s search for the editor', () => {
  it('finds places by the beginning of a name, exact names and larger places first', async () => {
    const { loadGazetteer, searchGazetteer } = await import('@/lib/ingest/gazetteer');
    const g = loadGazetteer();
    const found = searchGazetteer(g, 'Kharki');
    expect(found[0]).toMatchObject({ id: 'kharkiv', kind: 'city' });
    expect(found.length).toBeLessThanOrEqual(10);
    expect(searchGazetteer(g, 'Luhansk')[0].name).toBe('Luhansk');
    expect(searchGazetteer(g, '  ')).toEqual([]);
  });
});
