import { describe, expect, test } from 'vitest';
import {
  MAX_PLACES_BYTES,
  PlacesDataError,
  describeIssue,
  isWholeSentences,
  namesTerm,
  parsePlaces,
  parsePlacesText,
} from '@/lib/places-schema';
import { loadArticle, readText, seedPlacesText } from './helpers';

const article = loadArticle();
const realText = seedPlacesText();
const manifest = JSON.parse(readText('tests/fixtures/broken/expected.json')) as Record<
  string,
  string
>;

/** Runs fn and returns the PlacesDataError it throws; fails the test if it throws nothing or something else. */
function rejection(fn: () => unknown): PlacesDataError {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'expected a PlacesDataError, but parsing succeeded').toBeInstanceOf(
    PlacesDataError,
  );
  return thrown as PlacesDataError;
}

describe('parsePlacesText on good data', () => {
  test('the seed’s places pass with the real article', () => {
    const places = parsePlacesText(realText, article);
    expect(places.type).toBe('FeatureCollection');
    expect(places.features.map((f) => f.id)).toEqual([
      'moscow',
      'brussels',
      'crimea',
      'luhansk',
      'donetsk',
      'border-region',
    ]);
  });

  test('the valid fixture passes', () => {
    const places = parsePlacesText(
      readText('tests/fixtures/valid-places.geojson'),
      article,
      'valid-places.geojson',
    );
    expect(places.features.map((f) => f.id)).toEqual(['moscow', 'crimea', 'border-region']);
  });
});

describe('broken fixtures are rejected, naming the feature id and field', () => {
  test('the manifest lists at least 20 fixtures, each with a feature id or field path', () => {
    const entries = Object.entries(manifest);
    expect(entries.length).toBeGreaterThanOrEqual(20);
    for (const [, expected] of entries)
      expect(expected).toMatch(/^(feature "[^"]+" )?[a-z]+[\w.[\]]*: \S/);
  });

  test.each(Object.entries(manifest))('%s → %s', (file, expected) => {
    const err = rejection(() =>
      parsePlacesText(readText(`tests/fixtures/broken/${file}`), article, file),
    );
    expect(err.name).toBe('PlacesDataError');
    expect(err.message).toContain(`${file} is not valid:`);
    expect(err.message).toContain(expected);
    expect(err.problems.length).toBeGreaterThan(0);
  });
});

describe('every excerpt names its place', () => {
  test('Brussels quoting ¶ 4 (talks “with Moscow”) is rejected with that one message', () => {
    const file = 'excerpt-does-not-name-place.geojson';
    const err = rejection(() =>
      parsePlacesText(readText(`tests/fixtures/broken/${file}`), article, file),
    );
    expect(err.problems).toEqual([
      'feature "brussels" properties.excerpts[0].text: does not name "Brussels" or one of its aliases',
    ]);
  });

  test('an alias counts as naming the place (the border is never called by its name)', () => {
    const raw = JSON.parse(realText);
    const border = raw.features.find((f: { id: string }) => f.id === 'border-region');
    expect(border.properties.excerpts[0].text).not.toContain(border.properties.name);
    delete border.properties.aliases;
    const err = rejection(() => parsePlaces(raw, article));
    expect(err.problems).toEqual([
      'feature "border-region" properties.excerpts[0].text: does not name "Russia–Ukraine border" or one of its aliases',
      'feature "border-region" properties.excerpts[1].text: does not name "Russia–Ukraine border" or one of its aliases',
    ]);
  });

  test('names are matched as whole words, in any letter case', () => {
    expect(namesTerm('In the Luhansk region.', 'Luhansk')).toBe(true);
    expect(namesTerm('Fighting near the Border With Ukraine.', 'the border with Ukraine')).toBe(
      true,
    );
    expect(namesTerm('The Luhanskaya road.', 'Luhansk')).toBe(false);
    expect(namesTerm('Nord-Moscowia.', 'Moscow')).toBe(false);
    expect(namesTerm('In Ukrainesk.', 'Ukraine')).toBe(false);
    expect(namesTerm('Talks in (Brussels).', 'Brussels')).toBe(true);
  });

  test('the real data quotes each place only where the article names it', () => {
    // Hand-checked against the seed article: ¶ 4 never says Brussels; ¶ 14 and ¶ 15's first two
    // sentences say "eastern Ukraine" but name neither oblast (¶ 15's last one names Luhansk).
    const paragraphs = Object.fromEntries(
      parsePlacesText(realText, article).features.map((f) => [
        f.id,
        f.properties.excerpts.map((ex) => ex.paragraph),
      ]),
    );
    expect(paragraphs).toEqual({
      moscow: [3, 4, 6, 8, 10],
      brussels: [12],
      crimea: [10],
      luhansk: [13, 15],
      donetsk: [13],
      'border-region': [2, 8],
    });
  });
});

describe('file-level rejections', () => {
  test('an oversized text (> MAX_PLACES_BYTES) is rejected before parsing', () => {
    // Valid JSON, just padded with whitespace: only the size check can reject it.
    const big = realText + ' '.repeat(MAX_PLACES_BYTES + 1 - realText.length);
    expect(new TextEncoder().encode(big).length).toBeGreaterThan(MAX_PLACES_BYTES);
    const err = rejection(() => parsePlacesText(big, article));
    expect(err.message).toContain(`is over the ${MAX_PLACES_BYTES}-byte limit`);
  });

  test('the size limit counts UTF-8 bytes, not characters', () => {
    // Multi-byte characters: fewer characters than the limit, but more bytes.
    const pad = '’'.repeat(Math.ceil(MAX_PLACES_BYTES / 3));
    const text = `{"type":"FeatureCollection","features":[],"pad":"${pad}"}`;
    expect(text.length).toBeLessThan(MAX_PLACES_BYTES);
    const err = rejection(() => parsePlacesText(text, article));
    expect(err.message).toContain('-byte limit');
  });

  test('invalid JSON is rejected with "not valid JSON"', () => {
    const err = rejection(() =>
      parsePlacesText(realText.slice(0, 200), article, 'truncated.geojson'),
    );
    expect(err.message).toContain('truncated.geojson is not valid:');
    expect(err.message).toContain('(file): not valid JSON');
  });

  test('a non-FeatureCollection is rejected at the root', () => {
    const err = rejection(() => parsePlaces({ type: 'Feature', features: [] }, article));
    expect(err.message).toContain('type: ');
  });
});

describe('describeIssue', () => {
  const input = { features: [{ id: 'luhansk' }, { name: 'no id' }] };

  test('names a feature by its id and formats the rest of the path', () => {
    expect(
      describeIssue(input, {
        path: ['features', 0, 'properties', 'excerpts', 0, 'text'],
        message: 'boom',
      }),
    ).toBe('feature "luhansk" properties.excerpts[0].text: boom');
  });

  test('falls back to the index when the feature has no id', () => {
    expect(
      describeIssue(input, { path: ['features', 1, 'properties', 'name'], message: 'x' }),
    ).toBe('feature #1 (no id) properties.name: x');
  });

  test('root issues are labelled (root)', () => {
    expect(describeIssue(input, { path: [], message: 'x' })).toBe('(root): x');
  });
});

describe('isWholeSentences', () => {
  const p3 = article.paragraphs.find((p) => p.n === 3)!.text;
  const p9 = article.paragraphs.find((p) => p.n === 9)!.text;

  test('accepts a whole paragraph and a single whole sentence', () => {
    expect(isWholeSentences(p3, p3)).toBe(true);
    expect(isWholeSentences(p3, p3.slice(0, p3.indexOf('rejected.') + 'rejected.'.length))).toBe(
      true,
    );
  });

  test('accepts a quoted sentence introduced by a colon', () => {
    expect(isWholeSentences(p9, '“Russia has never attacked anyone first.”')).toBe(true);
  });

  test('rejects text that is not in the paragraph', () => {
    expect(isWholeSentences(p3, 'Putin keeps all options open.')).toBe(false);
  });

  test('rejects a fragment that starts mid-sentence', () => {
    expect(
      isWholeSentences(
        p3,
        'Vladimir Putin has threatened the West with unspecified steps if his proposals for binding security guarantees are rejected.',
      ),
    ).toBe(false);
  });

  test('rejects a fragment that ends mid-sentence', () => {
    expect(
      isWholeSentences(p3, 'Moscow Russia’s head of state Vladimir Putin has threatened the West'),
    ).toBe(false);
  });

  // A closing quote mark ” ends a sentence only when what it closes ends with . ! or ?; after a
  // comma (“…make to me,” the president said) the sentence goes on. These two guard that.
  test('rejects a fragment that ends at a closing quote after a comma (“…make to me,”)', () => {
    expect(
      isWholeSentences(
        p3,
        'If the negotiations fail, the answer will depend “on the proposals that our military experts will make to me,”',
      ),
    ).toBe(false);
  });

  test('rejects a fragment that starts after a closing quote that follows a comma (,” the president said…)', () => {
    expect(isWholeSentences(p3, 'the president said on state television on Sunday.')).toBe(false);
  });
});
