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
import {
  correctDate,
  describeDate,
  impliedPrecision,
  readDateInput,
  removeDate,
  restoreDates,
} from '@/lib/editor/review-dates';
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

describe('the review of the dates a sentence states', () => {
  // The drafter's dates, as draftArticle() proposes them for a 2022-03-01 article: offsets in
  // the paragraph's text, after a first sentence that names no date.
  const DATED = 'Sirens sounded at dawn. Kharkiv was shelled on Monday, the first time since 2014.';
  const monday = {
    text: 'Monday',
    start: 47,
    end: 53,
    value: { from: '2022-02-28', to: '2022-02-28' },
    precision: 'day' as const,
    note: 'a reading the drafter chose',
  };
  const since = {
    text: 'since 2014',
    start: 70,
    end: 80,
    value: { from: '2014' },
    precision: 'range' as const,
  };
  const dated: Pick<Draft, 'paragraphs' | 'mentions'> = {
    paragraphs: [
      { n: null, text: P1, kind: 'body', furniture: 'comment prompt' },
      { n: 1, text: DATED, kind: 'body' },
      { n: 2, text: P3, kind: 'body' },
    ],
    mentions: [
      { ...m(kharkiv, 1, DATED, DATED.slice(24)), dates: [monday, since] },
      { ...m(luhansk, 2, P3, 'Later, Kharkiv and Luhansk were quiet.'), dates: [] },
    ],
  };
  const reviewed = () => {
    const s = acceptEverywhere(decide(startReview(dated), 's1', 'accepted'), 's0');
    return setSummary(setSummary(s, 'kharkiv', 'Shelled city.'), 'luhansk', 'A city.');
  };

  it('removes a date, corrects one (words and offsets kept, the drafter’s note gone), restores', () => {
    const s = reviewed();
    expect(s.suggestions[0].dates).toEqual([monday, since]);
    const removed = removeDate(s, 's0', 1);
    expect(removed.suggestions[0].dates).toEqual([monday]);
    const corrected = correctDate(removed, 's0', 0, {
      value: { from: '2022-02-21', to: '2022-02-21' },
      precision: 'day',
    });
    expect(corrected.suggestions[0].dates).toEqual([
      {
        text: 'Monday',
        start: 47,
        end: 53,
        value: { from: '2022-02-21', to: '2022-02-21' },
        precision: 'day',
      },
    ]);
    expect(s.suggestions[0].dates).toEqual([monday, since]); // nothing changed in place
    expect(restoreDates(corrected, 's0').suggestions[0].dates).toEqual([monday, since]);
  });

  it('reads the correction form: a value the collection accepts, or the problem in words', () => {
    expect(readDateInput({ from: ' 2022-02-21 ', to: '2022-02-21', precision: 'day' })).toEqual({
      value: { from: '2022-02-21', to: '2022-02-21' },
      precision: 'day',
    });
    expect(readDateInput({ from: '2014', to: '', precision: 'range' })).toEqual({
      value: { from: '2014' },
      precision: 'range',
    });
    expect(readDateInput({ from: '', to: '2022-03', precision: 'range' })).toEqual({
      value: { to: '2022-03' },
      precision: 'range',
    });
    expect(readDateInput({ from: '2022-13', to: '2022-13', precision: 'month' })).toEqual({
      error: 'From: “2022-13” is not a date written YYYY, YYYY-MM or YYYY-MM-DD.',
      fields: ['from'],
    });
    expect(readDateInput({ from: '2022-02-01', to: '2022-02-30', precision: 'range' })).toEqual({
      error: 'To: “2022-02-30” is not a date written YYYY, YYYY-MM or YYYY-MM-DD.',
      fields: ['to'],
    });
    expect(readDateInput({ from: '1 March', to: '', precision: 'range' })).toEqual({
      error: 'From: “1 March” is not a date written YYYY, YYYY-MM or YYYY-MM-DD.',
      fields: ['from'],
    });
    expect(readDateInput({ from: '2022-03', to: '2022-02', precision: 'range' })).toEqual({
      error: 'From is after To.',
      fields: ['from', 'to'],
    });
    expect(readDateInput({ from: '', to: ' ', precision: 'day' })).toEqual({
      error: 'Give a From or a To date, or both.',
      fields: ['from', 'to'],
    });
    expect(readDateInput({ from: '2021-12', to: '2021-12', precision: 'day' })).toEqual({
      error: 'One day needs the same From and To, written YYYY-MM-DD; for a span, choose a range.',
      fields: ['precision'],
    });
    expect(readDateInput({ from: '2021', to: '2021', precision: 'range' })).toEqual({
      error: 'A range needs two different ends, or one left open (empty).',
      fields: ['precision'],
    });
    expect(impliedPrecision('2021-12', '2021-12')).toBe('month');
    expect(impliedPrecision('2014', '')).toBe('range');
    expect(impliedPrecision('', '')).toBeUndefined();
  });

  it('says the resolved value in words', () => {
    expect(describeDate(monday)).toBe('28 February 2022');
    expect(describeDate(since)).toBe('from 2014, open end');
    expect(describeDate({ value: { from: '2021-12', to: '2021-12' }, precision: 'month' })).toBe(
      'December 2021',
    );
    expect(describeDate({ value: { from: '2021-12', to: '2022-02' }, precision: 'range' })).toBe(
      'December 2021 to February 2022',
    );
    expect(describeDate({ value: { to: '2022-03-01' }, precision: 'range' })).toBe(
      'up to 1 March 2022, open start',
    );
  });

  it('publishes each accepted mention with its reviewed dates, offsets the paragraph’s', () => {
    let s = removeDate(reviewed(), 's0', 1);
    s = correctDate(s, 's0', 0, { value: { from: '2022-02', to: '2022-02' }, precision: 'month' });
    const stored = [
      {
        text: 'Monday',
        start: 47,
        end: 53,
        value: { from: '2022-02', to: '2022-02' },
        precision: 'month',
      },
    ];
    // Furniture removed (the dated paragraph is ¶ 1) or kept (¶ 2): the same offsets.
    for (const [kept, n] of [
      [false, 1],
      [true, 2],
    ] as const) {
      const { article } = toPublishBody(setKept(s, 0, kept), meta).body!;
      expect(article.mentions).toEqual([
        { place: 'kharkiv', paragraph: n, start: 24, end: 81, dates: stored },
        { place: 'luhansk', paragraph: n + 1, start: 0, end: 38, dates: [] },
      ]);
      expect(article.paragraphs[n - 1].text.slice(47, 53)).toBe('Monday');
    }
    // Reviewed and undated: []. Never proposed (no article date): no dates at all.
    const all = removeDate(s, 's0', 0);
    expect(toPublishBody(all, meta).body!.article.mentions[0].dates).toEqual([]);
    const undated = setSummary(acceptEverywhere(startReview(draft), 's0'), 'kharkiv', 'A city.');
    expect(toPublishBody(undated, meta).body!.article.mentions[0]).not.toHaveProperty('dates');
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
