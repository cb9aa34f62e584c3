// Every dated phrase of the seed article and of the ingest fixtures, with the value and the
// precision worked out by hand (not by running the code).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleDate, ArticleFile } from '@/lib/collection/model';
import { datesIn } from '@/lib/dates/extract';
import { mentionDates } from '@/lib/dates/mentions';
import { seedFile } from '../seed';

const seed: ArticleFile = JSON.parse(
  readFileSync('data/collection/articles/putin-keeps-all-options-open.json', 'utf8'),
);
const DECEMBER_2021: ArticleDate = { value: '2021-12', precision: 'month', inferred: true };
// A day-precision date for the edge cases (a Thursday).
const MARCH_3_2022: ArticleDate = { value: '2022-03-03', precision: 'day', inferred: false };

type Row = [phrase: string, from: string | undefined, to: string | undefined, precision: string];
const rows = (text: string, published: ArticleDate): Row[] =>
  datesIn(text, published).map((d) => [d.text, d.value.from, d.value.to, d.precision]);
const paragraph = (n: number) => seed.paragraphs.find((p) => p.n === n)!.text;
const fixture = (name: string) => readFileSync(`tests/fixtures/ingest/${name}`, 'utf8');

describe('the seed article (December 2021, month precision, inferred)', () => {
  const expected: Record<number, Row[]> = {
    1: [],
    2: [],
    3: [['Sunday', '2021-12', '2021-12', 'month']],
    4: [
      ['January', '2022-01', '2022-01', 'month'],
      // Looking back: the council last met about 30 months before December 2021.
      ['for the first time in two and a half years', '2019-06', '2021-12', 'range'],
    ],
    5: [['January', '2022-01', '2022-01', 'month']],
    6: [],
    7: [],
    8: [
      ['For weeks now', undefined, '2021-12', 'range'],
      ['Saturday', '2021-12', '2021-12', 'month'],
    ],
    9: [
      ['Thursday', '2021-12', '2021-12', 'month'],
      ['the weekend', '2021-12', '2021-12', 'month'],
    ],
    10: [['2014', '2014', '2014', 'year']],
    11: [],
    // "At the moment" is the publication itself, not a date the sentence states.
    12: [['January 12th', '2022-01-12', '2022-01-12', 'day']],
    13: [
      ['since 2014', '2014', undefined, 'range'],
      ['since 2014', '2014', undefined, 'range'],
    ],
    // "Now, more than ever" likewise.
    14: [],
    15: [
      ['shortly before Christmas', '2021-12', '2021-12-24', 'range'],
      ['for a year and a half', '2020-06', '2021-12', 'range'],
      ['Sunday night', '2021-12', '2021-12', 'month'],
      ['the previous day', '2021-12', '2021-12', 'month'],
    ],
  };

  it('covers every paragraph', () => {
    expect(seed.paragraphs.map((p) => p.n)).toEqual(Object.keys(expected).map(Number));
  });
  for (const [n, want] of Object.entries(expected)) {
    it(`paragraph ${n}`, () => expect(rows(paragraph(Number(n)), seed.date)).toEqual(want));
  }

  it('keeps the words verbatim, with their offsets', () => {
    for (const p of seed.paragraphs)
      for (const d of datesIn(p.text, seed.date)) expect(p.text.slice(d.start, d.end)).toBe(d.text);
    expect(datesIn(paragraph(8), seed.date)[0]).toMatchObject({ start: 0, end: 13 });
    expect(datesIn(paragraph(12), seed.date)[0]).toMatchObject({ start: 173, end: 185 });
  });

  it('never guesses a day the article does not know: Saturday is a day in December 2021', () => {
    const [saturday] = datesIn('The ministry announced on Saturday that', DECEMBER_2021);
    expect(saturday).toEqual({
      text: 'Saturday',
      start: 26,
      end: 34,
      value: { from: '2021-12', to: '2021-12' },
      precision: 'month',
      note: 'a weekday in a month-precision article: a day in December 2021',
    });
    for (const phrase of [
      'yesterday',
      'three days ago',
      'last week',
      'overnight',
      'the day before',
    ])
      expect(rows(`It happened ${phrase}.`, DECEMBER_2021).map((r) => r.slice(1))).toEqual([
        ['2021-12', '2021-12', 'month'],
      ]);
  });

  it('the same words resolve to the day when the article knows its day', () => {
    expect(rows('It was announced on Saturday.', MARCH_3_2022)).toEqual([
      ['Saturday', '2022-02-26', '2022-02-26', 'day'],
    ]);
  });
});

describe('mentionDates', () => {
  const byMention = mentionDates(seed).map((m) => [
    `${m.place}:${m.paragraph}`,
    m.dates.map((d) => d.text),
  ]);

  it('lists the dates of each mention’s span; a span with none is undated', () => {
    expect(byMention).toEqual([
      ['border-region:2', []],
      ['moscow:3', []], // the first sentence only: "on Sunday" is in the next
      ['moscow:4', ['January', 'for the first time in two and a half years']],
      ['moscow:6', []],
      ['border-region:8', ['For weeks now', 'Saturday']],
      ['moscow:8', ['Saturday']],
      ['crimea:10', ['2014']],
      ['moscow:10', []],
      ['brussels:12', ['January 12th']],
      ['donetsk:13', ['since 2014', 'since 2014']],
      ['luhansk:13', ['since 2014', 'since 2014']],
      [
        'luhansk:15',
        ['shortly before Christmas', 'for a year and a half', 'Sunday night', 'the previous day'],
      ],
    ]);
  });

  it('keeps offsets in the paragraph’s text, inside the mention', () => {
    for (const m of mentionDates(seed)) {
      const text = paragraph(m.paragraph);
      for (const d of m.dates) {
        expect(text.slice(d.start, d.end)).toBe(d.text);
        expect(d.start >= m.start && d.end <= m.end).toBe(true);
      }
    }
  });
});

describe('the ingest fixtures (each at the date of its gold file)', () => {
  const publishedOf = (name: string): ArticleDate => ({
    value: JSON.parse(fixture(name.replace(/\.\w+$/, '.gold.json'))).date,
    precision: 'day',
    inferred: false,
  });
  // A weekday is the latest one on or before publication (the same day included).
  const cases: [string, string, Row[]][] = [
    [
      'ambiguous.txt',
      '2022-02-28', // a Monday
      [
        ['Monday', '2022-02-28', '2022-02-28', 'day'],
        ['this week', '2022-02-28', '2022-03-06', 'range'],
      ],
    ],
    [
      'borders.txt',
      '2022-01-19', // a Wednesday
      [
        ['Wednesday', '2022-01-19', '2022-01-19', 'day'],
        ['since the autumn', '2021-09', undefined, 'range'],
      ],
    ],
    ['demonyms.txt', '2022-02-20', [['overnight', '2022-02-19', '2022-02-20', 'range']]],
    ['donbas.txt', '2022-02-19', [['Saturday', '2022-02-19', '2022-02-19', 'day']]],
    [
      'furniture.txt',
      '2022-11-20', // a Sunday
      [
        ['Sunday', '2022-11-20', '2022-11-20', 'day'],
        ['within two days', '2022-11-20', '2022-11-22', 'range'],
      ],
    ],
    // Only the year: "am Montag" and "in der Nacht" are German, and the rules read English.
    ['german.txt', '2022-01-10', [['2014', '2014', '2014', 'year']]],
    // "after the holidays" is left undated: which holidays the text does not say.
    ['no-place.txt', '2022-12-23', [['Friday', '2022-12-23', '2022-12-23', 'day']]],
    [
      'organisations.txt',
      '2022-02-01', // a Tuesday
      [
        ['Tuesday', '2022-02-01', '2022-02-01', 'day'],
        ['2015', '2015', '2015', 'year'],
        // Its own paragraph states no day, so "the day" is the publication day.
        ['Later in the day', '2022-02-01', '2022-02-01', 'day'],
      ],
    ],
    ['peninsula.txt', '2021-12-13', [['Monday', '2021-12-13', '2021-12-13', 'day']]],
    [
      'regions-pair.txt',
      '2022-03-03', // a Thursday
      [
        ['March 3', '2022-03-03', '2022-03-03', 'day'],
        ['Thursday', '2022-03-03', '2022-03-03', 'day'],
        ['overnight', '2022-03-02', '2022-03-03', 'range'],
      ],
    ],
    ['spelling.txt', '2022-02-25', [['Friday', '2022-02-25', '2022-02-25', 'day']]],
  ];
  for (const [name, date, want] of cases) {
    it(name, () => {
      expect(publishedOf(name).value).toBe(date);
      expect(rows(fixture(name), publishedOf(name))).toEqual(want);
    });
  }

  it('read in a December 2021 article, the weekdays stay in December 2021', () => {
    expect(rows(fixture('donbas.txt'), DECEMBER_2021)).toEqual([
      ['Saturday', '2021-12', '2021-12', 'month'],
    ]);
  });
});

describe('edge cases', () => {
  const one = (text: string, published = DECEMBER_2021) => rows(text, published);

  it.each<[string, ArticleDate, Row[]]>([
    ['since 2014', DECEMBER_2021, [['since 2014', '2014', undefined, 'range']]],
    ['in 2014', DECEMBER_2021, [['2014', '2014', '2014', 'year']]],
    ['this year', DECEMBER_2021, [['this year', '2021', '2021', 'year']]],
    ['last year', MARCH_3_2022, [['last year', '2021', '2021', 'year']]],
    // The spring nearest December 2021 is the coming one.
    ['in the spring', DECEMBER_2021, [['the spring', '2022-03', '2022-05', 'range']]],
    [
      'in the spring of 2014',
      DECEMBER_2021,
      [['the spring of 2014', '2014-03', '2014-05', 'range']],
    ],
    // A duration on its own, counted forward from publication (30 months after December 2021).
    [
      'in two and a half years',
      DECEMBER_2021,
      [['in two and a half years', '2024-06', '2024-06', 'month']],
    ],
    [
      'shortly before Christmas',
      MARCH_3_2022,
      [['shortly before Christmas', '2021-12', '2021-12-24', 'range']],
    ],
    ['on Christmas Day', DECEMBER_2021, [['Christmas Day', '2021-12-25', '2021-12-25', 'day']]],
    ['January 12th', DECEMBER_2021, [['January 12th', '2022-01-12', '2022-01-12', 'day']]],
    // The nearest December to January 2022 is the one just past.
    [
      'December 12',
      { value: '2022-01', precision: 'month', inferred: false },
      [['December 12', '2021-12-12', '2021-12-12', 'day']],
    ],
    [
      'in January',
      { value: '2021', precision: 'year', inferred: true },
      [['January', '2021', '2021', 'year']],
    ],
    ['For weeks now', MARCH_3_2022, [['For weeks now', undefined, '2022-03-03', 'range']]],
    ['yesterday', MARCH_3_2022, [['yesterday', '2022-03-02', '2022-03-02', 'day']]],
    ['next Saturday', MARCH_3_2022, [['next Saturday', '2022-03-05', '2022-03-05', 'day']]],
    [
      'from 5 to 7 January 2022',
      DECEMBER_2021,
      [['5 to 7 January 2022', '2022-01-05', '2022-01-07', 'range']],
    ],
    ['2000 soldiers and 13,000 dead', DECEMBER_2021, []],
    ['Now, more than ever', DECEMBER_2021, []],
  ])('%s', (text, published, want) => expect(one(text, published)).toEqual(want));

  it('"the previous day" counts back from the day stated before it', () => {
    expect(
      one(
        'A statement on Sunday 26 December 2021 said the observers were hindered the previous day.',
      ),
    ).toEqual([
      ['Sunday 26 December 2021', '2021-12-26', '2021-12-26', 'day'],
      ['the previous day', '2021-12-25', '2021-12-25', 'day'],
    ]);
  });

  it('a month-precision article keeps the day before "Sunday night" in its month', () => {
    const [, previous] = datesIn(paragraph(15), seed.date).slice(2);
    expect(previous.note).toBe(
      'the previous day, counted from "Sunday night", known only to the month',
    );
  });
});

describe("the seed article's reviewed dates, as stored with its mentions", () => {
  // Reviewed by hand against the text (npm run --silent dates:seed prints the same table).
  // [place, ¶, words, from, to, precision]; a mention with no row is undated.
  const REVIEWED = [
    ['moscow', 4, 'January', '2022-01', '2022-01', 'month'],
    ['moscow', 4, 'for the first time in two and a half years', '2019-06', '2021-12', 'range'],
    ['border-region', 8, 'For weeks now', undefined, '2021-12', 'range'],
    ['border-region', 8, 'Saturday', '2021-12', '2021-12', 'month'],
    ['moscow', 8, 'Saturday', '2021-12', '2021-12', 'month'],
    ['crimea', 10, '2014', '2014', '2014', 'year'],
    ['brussels', 12, 'January 12th', '2022-01-12', '2022-01-12', 'day'],
    ['donetsk', 13, 'since 2014', '2014', undefined, 'range'],
    ['donetsk', 13, 'since 2014', '2014', undefined, 'range'],
    ['luhansk', 13, 'since 2014', '2014', undefined, 'range'],
    ['luhansk', 13, 'since 2014', '2014', undefined, 'range'],
    ['luhansk', 15, 'shortly before Christmas', '2021-12', '2021-12-24', 'range'],
    ['luhansk', 15, 'for a year and a half', '2020-06', '2021-12', 'range'],
    ['luhansk', 15, 'Sunday night', '2021-12', '2021-12', 'month'],
    ['luhansk', 15, 'the previous day', '2021-12', '2021-12', 'month'],
  ];

  it('every mention has reviewed dates; these are the dated ones, in text order', () => {
    const mentions = seedFile.mentions as {
      place: string;
      paragraph: number;
      dates?: { text: string; value: { from?: string; to?: string }; precision: string }[];
    }[];
    expect(mentions.every((m) => Array.isArray(m.dates))).toBe(true);
    const rows = mentions.flatMap((m) =>
      m.dates!.map((d) => [m.place, m.paragraph, d.text, d.value.from, d.value.to, d.precision]),
    );
    expect(rows).toEqual(REVIEWED);
    expect(
      mentions.filter((m) => m.dates!.length === 0).map((m) => [m.place, m.paragraph]),
    ).toEqual([
      ['border-region', 2],
      ['moscow', 3],
      ['moscow', 6],
      ['moscow', 10],
    ]);
  });
});
