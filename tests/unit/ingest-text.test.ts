import { describe, expect, it } from 'vitest';
import { furnitureReason, htmlToText, sentenceSpans, splitParagraphs } from '@/lib/ingest/text';

describe('sentence splitter', () => {
  it('gives offsets of whole sentences and keeps abbreviations inside them', () => {
    const p = 'Mr. Smith flew to Kyiv. Gen. Ivanov stayed. Done?';
    expect(sentenceSpans(p)).toEqual([
      { start: 0, end: 23 },
      { start: 24, end: 43 },
      { start: 44, end: 49 },
    ]);
  });
});

describe('paragraphs and furniture', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    expect(splitParagraphs('One\nline.\n\n\nTwo.\r\n\r\nThree.')).toEqual([
      'One line.',
      'Two.',
      'Three.',
    ]);
  });
  it('flags site furniture with a reason', () => {
    expect(furnitureReason('Leave A Comment')).toBe('comment prompt');
    expect(furnitureReason('(Photo: AP)')).toBe('photo credit');
    expect(furnitureReason('Share on Facebook')).toBe('share buttons');
    expect(furnitureReason('Top jobs of the day')).toBe('job advert');
    expect(furnitureReason('Sign up for our newsletter')).toBe('newsletter prompt');
    expect(furnitureReason('Troops moved to Kharkiv on Monday.')).toBeUndefined();
  });
});

describe('HTML to text', () => {
  it('drops scripts, styles and attributes', () => {
    const { text, title } = htmlToText(
      '<title>T</title><style>p{}</style><p>Hello <img src=x onerror="alert(1)">Kyiv</p><script>alert(2)</script>',
    );
    expect(title).toBe('T');
    expect(splitParagraphs(text)).toEqual(['Hello Kyiv']);
    expect(text).not.toMatch(/alert|onerror|p\{\}/);
  });
});
