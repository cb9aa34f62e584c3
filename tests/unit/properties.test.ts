// Property-based tests (fast-check): whatever the input, the schema either accepts valid data or
// rejects it with a PlacesDataError that names a field — it never crashes or lets bad data through.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_PLACES_BYTES,
  PlacesDataError,
  parsePlaces,
  parsePlacesText,
  type Places,
} from '@/lib/places-schema';
import { loadArticle, seedPlacesText } from './helpers';

const article = loadArticle();
const real: Places = JSON.parse(seedPlacesText());
const clone = (): Places => JSON.parse(JSON.stringify(real));

/** Whether parsing failed in the expected, explained way. */
function rejectsWithField(input: unknown): boolean {
  try {
    parsePlaces(input, article);
    return false;
  } catch (e) {
    return e instanceof PlacesDataError && e.problems.every((p) => /: \S/.test(p));
  }
}

describe('the schema under generated input', () => {
  it('rejects any JSON value that is not a places collection, with a field in every message', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => rejectsWithField(value)),
      { numRuns: 300 },
    );
  });

  it('rejects an excerpt whose text is changed anywhere, naming that feature and excerpt', () => {
    const targets = real.features.flatMap((f, fi) =>
      f.properties.excerpts.map((ex, ei) => ({ fi, ei, len: ex.text.length })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...targets),
        fc.nat(),
        fc.constantFrom('x', 'Q', '1', '—'),
        ({ fi, ei, len }, at, ch) => {
          const data = clone();
          const ex = data.features[fi].properties.excerpts[ei];
          const i = at % len;
          if (ex.text[i] === ch) return true;
          ex.text = ex.text.slice(0, i) + ch + ex.text.slice(i + 1);
          try {
            parsePlaces(data, article);
            return false;
          } catch (e) {
            return (e as Error).message.includes(
              `feature "${data.features[fi].id}" properties.excerpts[${ei}]`,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects any coordinate pushed out of range, naming the feature', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: real.features.length - 1 }),
        fc.oneof(
          fc.double({ min: 180.0001, max: 1e6, noNaN: true }),
          fc.double({ min: -1e6, max: -180.0001, noNaN: true }),
        ),
        (fi, bad) => {
          const data = clone();
          const f = data.features[fi];
          const g = f.geometry;
          if (g.type === 'Point') g.coordinates[0] = bad;
          else if (g.type === 'LineString') g.coordinates[0][0] = bad;
          else if (g.type === 'Polygon') g.coordinates[0][1][0] = bad;
          else return true;
          try {
            parsePlaces(data, article);
            return false;
          } catch (e) {
            return (e as Error).message.includes(`feature "${f.id}"`);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('accepts the real data with any excerpt dropped (and its aliases that no longer occur)', () => {
    const targets = real.features.flatMap((f, fi) =>
      f.properties.excerpts.length > 1 ? f.properties.excerpts.map((_, ei) => ({ fi, ei })) : [],
    );
    fc.assert(
      fc.property(fc.constantFrom(...targets), ({ fi, ei }) => {
        const data = clone();
        const props = data.features[fi].properties;
        props.excerpts.splice(ei, 1);
        // An alias must still occur in some excerpt; keep those that do.
        props.aliases = props.aliases?.filter((a) =>
          props.excerpts.some((ex) => ex.text.includes(a)),
        );
        return (
          parsePlaces(data, article).features[fi].properties.excerpts.length ===
          real.features[fi].properties.excerpts.length - 1
        );
      }),
    );
  });

  it('rejects markup or script in any text field', () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<svg onload=alert(1)>',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: real.features.length - 1 }),
        fc.constantFrom('name', 'summary'),
        fc.constantFrom(...payloads),
        (fi, field, payload) => {
          const data = clone();
          (data.features[fi].properties as Record<string, unknown>)[field] = `Text ${payload}.`;
          try {
            parsePlaces(data, article);
            return false;
          } catch (e) {
            return (e as Error).message.includes(
              `feature "${data.features[fi].id}" properties.${field}: markup or script is not allowed`,
            );
          }
        },
      ),
    );
  });
});

describe('an oversized file', () => {
  it('is rejected by size before it is parsed', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'places-')), 'oversized.geojson');
    const text = seedPlacesText();
    writeFileSync(file, text.replace(/\n$/, '') + ' '.repeat(MAX_PLACES_BYTES));
    expect(() => parsePlacesText(readFileSync(file, 'utf8'), article, 'oversized.geojson')).toThrow(
      /oversized\.geojson is not valid:\n {2}- \(file\): \d+ bytes is over the 8388608-byte limit/,
    );
  });
});
