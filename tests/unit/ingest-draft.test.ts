import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftArticle, DraftInputError } from '@/lib/ingest/draft';

const pairs = (text: string, title?: string, format: 'txt' | 'md' | 'html' = 'txt') =>
  draftArticle({ text, title, format })
    .mentions.map((m) => `${m.place.id}:${m.paragraph}`)
    .sort();

describe('draftArticle', () => {
  it('finds every published pair of the seed article, and no other', () => {
    const text = readFileSync('data/source/article.txt', 'utf8');
    expect(pairs(text, 'Russia: Ukraine crisis: Putin keeps all options open')).toEqual(
      [
        'border-region:2',
        'moscow:3',
        'moscow:4',
        'moscow:6',
        'border-region:8',
        'moscow:8',
        'crimea:10',
        'moscow:10',
        'brussels:12',
        'donetsk:13',
        'luhansk:13',
        'luhansk:15',
      ].sort(),
    );
  });

  it('quotes every mention verbatim, as whole sentences', () => {
    const text = readFileSync('tests/fixtures/ingest/donbas.txt', 'utf8');
    const draft = draftArticle({ text });
    for (const m of draft.mentions) {
      const p = draft.paragraphs.find((x) => x.n === m.paragraph)!;
      expect(m.text).toBe(p.text.slice(m.start, m.end));
    }
    const horlivka = draft.mentions.find((m) => m.place.id === 'horlivka')!;
    expect(horlivka.text).toBe(
      'Officials of the self-proclaimed Donetsk People’s Republic said two civilians were wounded near Horlivka.',
    );
  });

  it('applies the rules', () => {
    expect(pairs('Shelling hit the Kharkiv and Sumy regions.')).toEqual([
      'kharkiv-oblast:1',
      'sumy-oblast:1',
    ]);
    expect(pairs('Russia annexed the peninsula of Crimea in 2014.')).toEqual(['crimea:1']);
    expect(pairs('Troops massed on the border with Ukraine, Russia said.')).toEqual([
      'border-region:1',
    ]);
    expect(pairs('Ukraine sent guards to the border with Belarus.')).toEqual(['by-ua-border:1']);
    expect(pairs('The Donetsk People’s Republic said so.')).toEqual(['donetsk:1']);
    expect(pairs('Fighting in the Donbas went on.')).toEqual(['donbas:1']);
    expect(pairs('The Kyiv Post cited the Minsk agreements.')).toEqual([]);
    expect(pairs('KYIV, Jan 5 (Wire) – Talks began.')).toEqual(['kyiv:1']);
    expect(pairs('Trains ran from Kiev to Odessa and Kharkov.')).toEqual([
      'kharkiv:1',
      'kyiv:1',
      'odesa:1',
    ]);
    expect(pairs('Russian troops met Ukrainian forces.')).toEqual([]);
    expect(pairs('A charity in Odessa, Texas, raised funds.')).toEqual(['odessa:1']);
  });

  it('offers runners-up for an ambiguous name', () => {
    const [m] = draftArticle({ text: 'A charity in Odessa, Texas, raised funds.' }).mentions;
    expect(m.alternatives.map((a) => a.id)).toContain('odesa');
    expect(m.reason).toMatch(/Texas/);
  });

  it('flags furniture instead of dropping it', () => {
    const d = draftArticle({ text: 'Kyiv said so.\n\nLeave A Comment' });
    expect(d.paragraphs).toEqual([
      { n: 1, text: 'Kyiv said so.', kind: 'body' },
      { n: null, text: 'Leave A Comment', kind: 'subheading', furniture: 'comment prompt' },
    ]);
  });

  it('never reads places from scripts or attributes', () => {
    const html = readFileSync('tests/fixtures/ingest/html-page.html', 'utf8');
    const d = draftArticle({ text: html, format: 'html' });
    expect(d.paragraphs.map((p) => p.text).join(' ')).not.toMatch(
      /Kramatorsk|Sloviansk|Mariupol|alert/,
    );
  });

  it('rejects input that is not an article', () => {
    expect(() => draftArticle({ text: '  \n\n ' })).toThrow(DraftInputError);
    expect(() => draftArticle({ text: 'a\u0000b' })).toThrow(/NUL/);
    expect(() => draftArticle({ text: 'x'.repeat(5 * 1024 * 1024 + 1) })).toThrow(
      /larger than 5 MB/,
    );
  });
});

describe('the draft proposes the dates each mention states', () => {
  const text = 'Shelling hit Kharkiv on Tuesday, officials said.';
  const kharkiv = (date?: string) =>
    draftArticle({ text, date }).mentions.find((m) => m.place.name === 'Kharkiv');
  it('resolved against a day: the Tuesday before Thursday 3 March 2022', () => {
    expect(kharkiv('2022-03-03')?.dates).toMatchObject([
      { text: 'Tuesday', value: { from: '2022-03-01', to: '2022-03-01' }, precision: 'day' },
    ]);
  });
  it('an article known only to the month keeps the month', () => {
    expect(kharkiv('2021-12')?.dates).toMatchObject([
      { text: 'Tuesday', value: { from: '2021-12', to: '2021-12' }, precision: 'month' },
    ]);
  });
  it('offsets are the paragraph’s, and "the previous day" counts from an earlier sentence', () => {
    const paragraph =
      'Officials met in Kyiv on Monday. Shelling hit Kharkiv the previous day, they said.';
    const d = draftArticle({ text: paragraph, date: '2022-03-03' });
    const m = d.mentions.find((x) => x.place.name === 'Kharkiv')!;
    expect(m.start).toBe(33);
    expect(m.dates).toEqual([
      {
        text: 'the previous day',
        start: 54,
        end: 70,
        value: { from: '2022-02-27', to: '2022-02-27' },
        precision: 'day',
      },
    ]);
    for (const x of d.mentions)
      for (const date of x.dates!) expect(paragraph.slice(date.start, date.end)).toBe(date.text);
  });
  it('no article date, no dates proposed', () => {
    expect(kharkiv()?.dates).toBeUndefined();
  });
});
