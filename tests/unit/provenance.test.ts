import { describe, expect, it } from 'vitest';
import { citationText } from '@/lib/citation';
import { mentionSegments, placesCiting } from '@/lib/mentions';
import type { Place } from '@/lib/places-schema';
import { clipLine, clipPolygon } from '@/lib/clip';
import { renderSvgMap } from '@/lib/svg-map';
import { briefingOrder } from '@/lib/briefing';
import { parsePlaces } from '@/lib/places-schema';
import { loadArticle, loadPlaces, seedPlacesText } from './helpers';

const article = loadArticle();
const places = loadPlaces().features;
const para = (n: number) => article.paragraphs.find((p) => p.n === n)!.text;

const fake = (
  id: string,
  name: string,
  excerpts: Place['properties']['excerpts'],
  aliases?: string[],
): Place => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties: {
    name,
    kind: 'city',
    summary: 'x.',
    excerpts,
    aliases,
    geometrySource: 's',
    license: 'l',
  },
});

describe('mentionSegments', () => {
  it('rejoins to the paragraph text exactly, for every paragraph', () => {
    for (const p of article.paragraphs) {
      expect(
        mentionSegments(p.text, p.n, places)
          .map((s) => s.text)
          .join(''),
      ).toBe(p.text);
    }
  });

  it('links Luhansk and Donetsk in ¶ 13 to their places', () => {
    const linked = mentionSegments(para(13), 13, places).filter((s) => s.placeId);
    expect(linked).toEqual([
      { text: 'Luhansk', placeId: 'luhansk' },
      { text: 'Donetsk', placeId: 'donetsk' },
    ]);
  });

  it('links a place only inside its own excerpts of that paragraph', () => {
    const text = 'Moscow said no. Later Moscow said yes.';
    const moscow = fake('moscow', 'Moscow', [{ paragraph: 1, text: 'Later Moscow said yes.' }]);
    const segs = mentionSegments(text, 1, [moscow]);
    expect(segs).toEqual([
      { text: 'Moscow said no. Later ' },
      { text: 'Moscow', placeId: 'moscow' },
      { text: ' said yes.' },
    ]);
    expect(mentionSegments(text, 2, [moscow]).some((s) => s.placeId)).toBe(false);
  });

  it('links whole words only, and prefers the longer of overlapping mentions', () => {
    const text = 'Near the border with Ukraine and in Ukrainesk.';
    const border = fake('border', 'Border', [{ paragraph: 1, text }], ['the border with Ukraine']);
    const ukraine = fake('ukraine', 'Ukraine', [{ paragraph: 1, text }]);
    const linked = mentionSegments(text, 1, [ukraine, border]).filter((s) => s.placeId);
    expect(linked).toEqual([{ text: 'the border with Ukraine', placeId: 'border' }]);
  });

  it('placesCiting lists the places quoting a paragraph', () => {
    expect(placesCiting(13, places).map((p) => p.id)).toEqual(['luhansk', 'donetsk']);
    expect(placesCiting(11, places)).toEqual([]);
  });
});

describe('citationText', () => {
  it('gives the quote, the article title, December 2021, the paragraph and the URL', () => {
    const ex = { paragraph: 10, text: para(10).split('. ')[0] + '.' };
    expect(citationText(article, ex, 'https://example.org/places/crimea')).toBe(
      '“In 2014, despite all international protests, Russia annexed the Ukrainian peninsula of Crimea.”\n' +
        '— “Russia: Ukraine crisis: Putin keeps all options open”, December 2021, ¶ 10\n' +
        'https://example.org/places/crimea',
    );
  });
});

describe('renderSvgMap', () => {
  const countries = [
    {
      type: 'Feature' as const,
      id: '804',
      properties: { name: 'Ukraine' },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [30, 45],
            [40, 45],
            [40, 52],
            [30, 52],
            [30, 45],
          ],
        ],
      },
    },
    {
      type: 'Feature' as const,
      id: '250',
      properties: { name: 'France' },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [-4, 43],
            [7, 43],
            [7, 50],
            [-4, 50],
            [-4, 43],
          ],
        ],
      },
    },
  ];
  it('draws the focused place larger, with a dark outline, and leaves out countries outside the view', () => {
    const svg = renderSvgMap({ width: 400, height: 300, countries, places, focusId: 'luhansk' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('fill="#fbf1d9"'); // Ukraine, tinted
    expect(svg).not.toContain('fill="#f6f4ef"'); // France is far outside a view of Luhansk
    expect(svg).toContain('stroke="#1a1a1a"'); // the selected mark
    expect((svg.match(/stroke="#1a1a1a"/g) ?? []).length).toBe(1);
  });
  it('fits every place when nothing is focused', () => {
    const svg = renderSvgMap({ width: 400, height: 300, countries, places });
    expect(svg).toContain('fill="#f6f4ef"'); // Brussels is in view, so France is too
    expect(svg).not.toContain('stroke="#1a1a1a"');
    // All six marks are drawn inside the image.
    const circles = [...svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(circles).toHaveLength(2);
    for (const [x, y] of circles) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(400);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(300);
    }
  });
});

describe('briefingOrder', () => {
  const text = (n: number) => article.paragraphs.find((p) => p.n === n)!.text;
  it('defaults to the order of first mention in the article', () => {
    // ¶ 2 the border, ¶ 3 Moscow, ¶ 10 Crimea, ¶ 12 Brussels, ¶ 13 Luhansk then Donetsk.
    expect(briefingOrder(loadPlaces(), text).map((p) => p.id)).toEqual([
      'border-region',
      'moscow',
      'crimea',
      'brussels',
      'luhansk',
      'donetsk',
    ]);
  });
  it('follows the order kept in the data when there is one', () => {
    const data = {
      ...loadPlaces(),
      briefing: ['crimea', 'moscow', 'brussels', 'luhansk', 'donetsk', 'border-region'],
    };
    expect(briefingOrder(data, text).map((p) => p.id)).toEqual(data.briefing);
  });
  it('rejects a briefing order that misses or repeats a place', () => {
    const raw = JSON.parse(seedPlacesText());
    raw.briefing = ['crimea', 'crimea', 'moscow'];
    expect(() => parsePlaces(raw, article)).toThrow(
      /briefing: must list every place id once \(missing: brussels, luhansk, donetsk, border-region; unknown: none; twice: crimea\)/,
    );
  });
});

describe('clipping for server-drawn maps', () => {
  const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
  it('clipPolygon keeps the part of a ring inside the box', () => {
    const big: [number, number][] = [
      [-5, -5],
      [15, -5],
      [15, 15],
      [-5, 15],
    ];
    const clipped = clipPolygon(big, box);
    expect(clipped.every(([x, y]) => x >= 0 && x <= 10 && y >= 0 && y <= 10)).toBe(true);
    expect(new Set(clipped.map((p) => p.join(',')))).toEqual(
      new Set(['0,0', '10,0', '10,10', '0,10']),
    );
    expect(
      clipPolygon(
        [
          [20, 20],
          [30, 20],
          [30, 30],
        ],
        box,
      ),
    ).toEqual([]);
    const inner: [number, number][] = [
      [2, 2],
      [8, 2],
      [5, 8],
    ];
    expect(clipPolygon(inner, box)).toEqual(inner);
  });
  it('clipLine drops runs far outside and keeps the ones that cross in', () => {
    const line: [number, number][] = [
      [-50, 5],
      [-40, 5],
      [-1, 5],
      [5, 5],
      [11, 5],
      [40, 5],
      [50, 5],
    ];
    expect(clipLine(line, box)).toEqual([
      [
        [-1, 5],
        [5, 5],
        [11, 5],
      ],
    ]);
  });
});
