import { describe, expect, it } from 'vitest';
import { asCountriesTopology, countriesOf } from '@/lib/basemap-data';
import { outlineBox, outlinesAround } from '@/lib/editor/draft-outlines';
import { isOutlines } from '@/lib/editor/outlines';
import { reviewView } from '@/lib/editor/review-view';
import { pointInPolygon } from '@/lib/geo';
import { readText } from './helpers';

const countries = countriesOf(
  asCountriesTopology(JSON.parse(readText('data/basemap.topo.json'))),
).features;
const luhansk = { lon: 39.0033, lat: 48.9084 };
const moscow = { lon: 37.6156, lat: 55.7522 };

describe("the review map's country outlines (made by the draft route)", () => {
  const outlines = outlinesAround([luhansk, moscow], countries)!;
  const named = (name: string) => outlines.countries.find((c) => c.name === name)!;

  it('are the countries around the places, Ukraine (only) emphasised', () => {
    expect(outlines.countries.map((c) => c.name).sort()).toEqual([
      'Belarus',
      'Estonia',
      'Hungary',
      'Kazakhstan',
      'Latvia',
      'Lithuania',
      'Moldova',
      'Poland',
      'Romania',
      'Russia',
      'Slovakia',
      'Ukraine',
    ]);
    expect(outlines.countries.filter((c) => c.emphasis).map((c) => c.name)).toEqual(['Ukraine']);
    expect(outlines.attribution).toContain('Natural Earth');
  });

  it('keep the places in their countries after cutting and simplifying', () => {
    const inside = (name: string, p: { lon: number; lat: number }) =>
      named(name).rings.some((r) => pointInPolygon([p.lon, p.lat], [r]));
    expect(inside('Ukraine', { lon: 36.25, lat: 50 })).toBe(true); // Kharkiv
    expect(inside('Ukraine', { lon: 30.52, lat: 50.45 })).toBe(true); // Kyiv
    expect(inside('Russia', moscow)).toBe(true);
    expect(inside('Ukraine', moscow)).toBe(false);
  });

  it('lie within a box at least the map’s view of the places and of each place alone', () => {
    const { box } = outlines;
    for (const view of [[luhansk, moscow], [luhansk], [moscow]].map((s) => reviewView(s).box)) {
      expect(box.x0).toBeLessThanOrEqual(view.x0);
      expect(box.x1).toBeGreaterThanOrEqual(view.x1);
      expect(box.y0).toBeLessThanOrEqual(view.y0);
      expect(box.y1).toBeGreaterThanOrEqual(view.y1);
    }
    const alone = outlineBox([luhansk]);
    expect(alone.x1 - alone.x0).toBeGreaterThan(9);
    expect(alone.y1 - alone.y0).toBeGreaterThan(4);
    for (const c of outlines.countries)
      for (const ring of c.rings) {
        expect(ring.length).toBeGreaterThanOrEqual(3);
        for (const [lon, lat] of ring) {
          expect(lon).toBeGreaterThanOrEqual(box.x0);
          expect(lon).toBeLessThanOrEqual(box.x1);
          expect(lat).toBeGreaterThanOrEqual(box.y0);
          expect(lat).toBeLessThanOrEqual(box.y1);
          expect(Math.round(lon * 100) / 100).toBe(lon); // 2 decimals
        }
      }
  });

  it('are small to send, pass the browser’s check, and are left off with no place', () => {
    expect(JSON.stringify(outlines).length).toBeLessThan(24 * 1024);
    expect(isOutlines(JSON.parse(JSON.stringify(outlines)))).toBe(true);
    const broken = structuredClone(outlines);
    (broken.countries[0].rings[0][1] as unknown[])[0] = 'east';
    expect(isOutlines(broken)).toBe(false);
    expect(isOutlines({ ...outlines, box: undefined })).toBe(false);
    expect(outlinesAround([], countries)).toBeUndefined();
  });
});
