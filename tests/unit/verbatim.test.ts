import { describe, expect, test } from 'vitest';
import { inRange, positionsOf } from '@/lib/geo';
import {
  isWholeSentences,
  markerFits,
  markerOf,
  type Place,
  type Places,
} from '@/lib/places-schema';
import { FURNITURE_STRINGS, loadArticle, seedPlacesText } from './helpers';

const article = loadArticle();
// Read raw, not through parsePlacesText: these checks stand on their own, apart from the schema.
const places = JSON.parse(seedPlacesText()) as Places;

const excerptRows = places.features.flatMap((place) =>
  place.properties.excerpts.map((ex, i) => ({
    id: place.id,
    i,
    paragraph: ex.paragraph,
    text: ex.text,
  })),
);

function paragraphText(n: number): string {
  const para = article.paragraphs.find((p) => p.n === n);
  if (!para) throw new Error(`¶ ${n} does not exist`);
  return para.text;
}

describe('every excerpt of the seed article', () => {
  test('there are excerpts to check', () => {
    expect(excerptRows.length).toBeGreaterThanOrEqual(places.features.length);
  });

  test.each(excerptRows)(
    '$id excerpts[$i] is verbatim whole sentences of ¶ $paragraph',
    ({ paragraph, text }) => {
      const para = paragraphText(paragraph);
      expect(para).toContain(text);
      expect(isWholeSentences(para, text)).toBe(true);
    },
  );

  test.each(excerptRows)('$id excerpts[$i] contains no site furniture', ({ text }) => {
    for (const s of FURNITURE_STRINGS) expect(text).not.toContain(s);
  });

  test('excerpts of each place follow article order', () => {
    for (const place of places.features) {
      const keys = place.properties.excerpts.map(
        (ex) => [ex.paragraph, paragraphText(ex.paragraph).indexOf(ex.text)] as const,
      );
      for (let k = 1; k < keys.length; k++) {
        const [pa, aa] = keys[k - 1];
        const [pb, ab] = keys[k];
        expect(pb > pa || (pb === pa && ab > aa), `${place.id} excerpts[${k}]`).toBe(true);
      }
    }
  });
});

describe('places', () => {
  test('ids are unique', () => {
    const ids = places.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const required: [string, Place['properties']['kind'], readonly string[]][] = [
    ['moscow', 'city', ['Point']],
    ['brussels', 'city', ['Point']],
    ['crimea', 'region', ['Polygon', 'MultiPolygon']],
    ['luhansk', 'region', ['Polygon', 'MultiPolygon']],
    ['donetsk', 'region', ['Polygon', 'MultiPolygon']],
    ['border-region', 'border', ['LineString']],
  ];

  test.each(required)('%s exists as a %s with geometry %j', (id, kind, types) => {
    const place = places.features.find((f) => f.id === id);
    expect(place, `no feature "${id}"`).toBeDefined();
    expect(place!.properties.kind).toBe(kind);
    expect(types).toContain(place!.geometry.type);
  });

  test.each(places.features.map((f) => [f.id, f] as const))(
    '%s: marker is inside its polygon / on its line',
    (_id, place) => {
      const marker = markerOf(place);
      expect(marker).toHaveLength(2);
      expect(inRange(marker)).toBe(true);
      expect(markerFits(place.geometry, marker)).toBe(true);
      if (place.geometry.type !== 'Point') expect(place.properties.marker).toEqual(marker);
    },
  );

  test.each(places.features.map((f) => [f.id, f] as const))(
    '%s: every coordinate is in range',
    (_id, place) => {
      const positions = positionsOf(place.geometry.coordinates);
      expect(positions.length).toBeGreaterThan(0);
      for (const p of positions) expect(inRange(p), `[${p}]`).toBe(true);
    },
  );

  test('cities sit where they are: Moscow and Brussels markers', () => {
    // Rough boxes around each city: catches swapped [lat, lon] or a wrong city.
    const moscow = markerOf(places.features.find((f) => f.id === 'moscow')!);
    const brussels = markerOf(places.features.find((f) => f.id === 'brussels')!);
    expect(moscow[0]).toBeCloseTo(37.6, 0);
    expect(moscow[1]).toBeCloseTo(55.75, 0);
    expect(brussels[0]).toBeCloseTo(4.35, 0);
    expect(brussels[1]).toBeCloseTo(50.85, 0);
  });
});
