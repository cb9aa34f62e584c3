import { describe, expect, test } from 'vitest';
import { articleSchema, cleanArticle, isFurniture } from '@/lib/article';
import { FURNITURE_STRINGS, readText } from './helpers';
import { seedArticle } from '../seed';

const raw = readText('data/source/article.txt');
// The seed article's committed paragraphs (data/collection/articles/<seed>.json).
const committed = { ...seedArticle };
const article = articleSchema.parse(committed);
const rawLines = raw.split(/\r?\n/);

describe('the seed article', () => {
  test('is reproducible: cleanArticle(data/source/article.txt) gives its paragraphs', () => {
    expect(cleanArticle(raw).paragraphs).toEqual(committed.paragraphs);
    expect(cleanArticle(raw).title).toEqual(committed.title);
  });

  test('has the title of the capture', () => {
    expect(article.title).toBe(rawLines[0].trim());
    expect(article.title).toBe('Russia: Ukraine crisis: Putin keeps all options open');
  });

  test('no paragraph contains site furniture', () => {
    for (const p of article.paragraphs) {
      for (const s of FURNITURE_STRINGS) expect(p.text, `¶ ${p.n}`).not.toContain(s);
      expect(isFurniture(p.text), `¶ ${p.n}`).toBe(false);
    }
  });

  test('paragraphs 1–2 are captions, and only they are', () => {
    expect(article.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.n)).toEqual([1, 2]);
  });

  test('"Putin remains ready for a diplomatic solution" is the one sub-heading', () => {
    const subheadings = article.paragraphs.filter((p) => p.kind === 'subheading');
    expect(subheadings.map((p) => p.text)).toEqual([
      'Putin remains ready for a diplomatic solution',
    ]);
    expect(subheadings[0].n).toBe(11);
  });

  test('every other paragraph is body text', () => {
    const body = article.paragraphs.filter((p) => p.kind === 'body').map((p) => p.n);
    expect(body).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15]);
  });

  test('every paragraph text is a line of the raw source, verbatim', () => {
    for (const p of article.paragraphs) expect(rawLines, `¶ ${p.n}`).toContain(p.text);
  });

  test('every non-blank, non-furniture line of the source is kept (nothing dropped)', () => {
    const kept = rawLines.slice(1).filter((l) => l.trim() !== '' && !isFurniture(l.trim()));
    expect(article.paragraphs.map((p) => p.text)).toEqual(kept);
  });

  test('paragraphs are numbered 1..n consecutively', () => {
    expect(article.paragraphs.length).toBe(15);
    article.paragraphs.forEach((p, i) => expect(p.n).toBe(i + 1));
  });

  test('the date is "December 2021" and marked as inferred', () => {
    expect(article.date.text).toBe('December 2021');
    expect(article.date.inferred).toBe(true);
    expect(article.date.note.length).toBeGreaterThan(0);
    expect(article.dateline).toBe('Moscow');
  });
});

describe('isFurniture', () => {
  test.each([
    'Top jobs of the day',
    'Find the best jobs now and',
    'be notified by email.',
    '(Photo: AP)',
    '(Photo: Reuters)',
    'More: 30 years after the collapse of the Soviet Union: The new Cold War must not get hot',
    'Leave A Comment',
  ])('%s is furniture', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  test.each([
    'Putin remains ready for a diplomatic solution',
    'Moscow is still examining participation.',
    'Top jobs of the day in Moscow',
    'Read More: later',
  ])('%s is not furniture', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});

describe('cleanArticle on a synthetic capture', () => {
  const synthetic = [
    'A Title: with a colon',
    '',
    'Caption one',
    '  Caption two ends with a full stop.  ',
    '(Photo: dpa)',
    '',
    'First body paragraph.',
    'Top jobs of the day',
    'Find the best jobs now and',
    'be notified by email.',
    'A sub-heading here',
    '',
    'Second body says “hello.”',
    'Third body asks a question?',
    'More: a related story',
    'Leave A Comment',
    '',
  ].join('\r\n');

  const out = cleanArticle(synthetic);

  test('the first line is the title', () => {
    expect(out.title).toBe('A Title: with a colon');
  });

  test('drops blank lines, the credit and furniture; numbers and classifies the rest', () => {
    expect(out.paragraphs).toEqual([
      { n: 1, kind: 'caption', text: 'Caption one' },
      { n: 2, kind: 'caption', text: 'Caption two ends with a full stop.' },
      { n: 3, kind: 'body', text: 'First body paragraph.' },
      { n: 4, kind: 'subheading', text: 'A sub-heading here' },
      { n: 5, kind: 'body', text: 'Second body says “hello.”' },
      { n: 6, kind: 'body', text: 'Third body asks a question?' },
    ]);
  });

  test('the result satisfies articleSchema', () => {
    expect(articleSchema.safeParse(out).success).toBe(true);
  });

  test('without a photo credit nothing is a caption', () => {
    const res = cleanArticle('Title\nOne line.\nHeading');
    expect(res.paragraphs).toEqual([
      { n: 1, kind: 'body', text: 'One line.' },
      { n: 2, kind: 'subheading', text: 'Heading' },
    ]);
  });
});
