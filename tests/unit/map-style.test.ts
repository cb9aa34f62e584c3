// The map's look is written once (lib/map-style.ts) and used by the live map, the maps drawn on
// the server and the CSS. These tests hold each renderer to the design's values, written out by
// hand from ../shared/DESIGN.md and the app's choices, so a change in one place cannot drift.
import { describe, expect, it } from 'vitest';
import { clusterSize } from '@/lib/clusters';
import { markSvg } from '@/lib/marks';
import { ATTRIBUTION, countryStyle, mapStyleCss, markSize } from '@/lib/map-style';
import { renderSvgMap, type CountryFeature } from '@/lib/svg-map';
import { loadPlaces, readText } from './helpers';

const places = loadPlaces().features;

const square = (id: string, name: string, w: number, s: number, e: number, n: number) =>
  ({
    type: 'Feature',
    id,
    properties: { name },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
  }) satisfies CountryFeature;

// Ukraine under Luhansk; Russia beside it (both in the picture of Luhansk).
const countries = [
  square('804', 'Ukraine', 30, 45, 39, 52),
  square('643', 'Russia', 39, 45, 50, 60),
];

describe('Ukraine is emphasised the same way on every map', () => {
  it('the live map and the server maps share one style: tint #fbf1d9, outline #6f6a60 at 1.4 px', () => {
    expect(countryStyle('804')).toEqual({ fill: '#fbf1d9', stroke: '#6f6a60', strokeWidth: 1.4 });
    // TopoJSON ids may come as numbers.
    expect(countryStyle(804)).toEqual(countryStyle('804'));
    const svg = renderSvgMap({ width: 400, height: 300, countries, places, focusId: 'luhansk' });
    expect(svg).toContain('fill="#fbf1d9" stroke="#6f6a60" stroke-width="1.4"');
  });

  it('other countries: land #f6f4ef, thin grey borders #a8a8a8 at 0.8 px, on water #d3e1ec', () => {
    expect(countryStyle('643')).toEqual({ fill: '#f6f4ef', stroke: '#a8a8a8', strokeWidth: 0.8 });
    const svg = renderSvgMap({ width: 400, height: 300, countries, places, focusId: 'luhansk' });
    expect(svg).toContain('fill="#f6f4ef" stroke="#a8a8a8" stroke-width="0.8"');
    expect(svg).toContain('<rect width="400" height="300" fill="#d3e1ec"/>');
  });
});

describe('kind colours (Okabe–Ito)', () => {
  it('the marks drawn for the live map and its legend', () => {
    expect(markSvg('city', 16, false)).toContain('fill="#0072B2"');
    expect(markSvg('region', 16, false)).toContain('fill="#E69F00"');
    expect(markSvg('border', 16, false)).toContain('fill="#D55E00"');
  });

  it('the server maps', () => {
    const svg = renderSvgMap({ width: 400, height: 300, countries, places });
    expect(svg).toContain('<circle');
    expect(svg).toMatch(/<circle [^>]*fill="#0072B2"/);
    expect(svg).toMatch(/<rect x[^>]*fill="#E69F00"/);
    expect(svg).toContain('stroke="#D55E00"');
  });

  it('a region is shaded at 35 %, 55 % when selected, on the live map and the server maps', () => {
    const svg = renderSvgMap({ width: 400, height: 300, countries, places, focusId: 'crimea' });
    expect(svg).toMatch(/fill="#E69F00" fill-opacity="0.55"/); // Crimea
    expect(svg).toMatch(/fill="#E69F00" fill-opacity="0.35"/); // Donetsk, in view too
  });

  it('the CSS custom properties the page styles use', () => {
    expect(mapStyleCss).toContain('--city:#0072B2');
    expect(mapStyleCss).toContain('--region:#E69F00');
    expect(mapStyleCss).toContain('--border:#D55E00');
    expect(mapStyleCss).toContain('--water:#d3e1ec');
    expect(mapStyleCss).toContain('--land:#f6f4ef');
    expect(mapStyleCss).toContain('--country-line:#a8a8a8');
    expect(mapStyleCss).toContain('--ukraine:#fbf1d9');
    expect(mapStyleCss).toContain('--ukraine-line:#6f6a60');
  });

  it('the site icon (a static file, so it cannot import them)', () => {
    const icon = readText('app/icon.svg');
    expect(icon).toContain('fill="#0072B2"');
    expect(icon).toContain('fill="#E69F00"');
  });

  it('no stylesheet sets the map colours a second time', () => {
    const css = readText('app/globals.css').toLowerCase();
    for (const hex of ['#0072b2', '#e69f00', '#d55e00', '#d3e1ec', '#f6f4ef', '#fbf1d9'])
      expect(css, hex).not.toContain(hex);
  });
});

describe('mark sizes', () => {
  it('a mark is 26 px, 32 px when selected (at least 24: WCAG 2.2 target size)', () => {
    expect(markSize(false)).toBe(26);
    expect(markSize(true)).toBe(32);
    expect(markSvg('city', markSize(false), false)).toContain('width="26" height="26"');
  });
});

describe('article-count badges and clusters', () => {
  it('a place one article mentions has no badge; from two, the count is written on the mark', () => {
    expect(markSvg('city', 26, false, 1)).not.toContain('<text');
    expect(markSvg('city', 26, false, 1)).toContain('width="26" height="26"');
    const two = markSvg('city', 26, false, 2);
    expect(two).toContain('>2</text>');
    // A 16 px badge centred on the mark's top-right corner: 8 px more each way.
    expect(two).toContain('width="34" height="34"');
    expect(markSvg('region', 26, false, 120)).toContain('>99+</text>');
  });
  it('a cluster’s disc grows with the digits of its count', () => {
    expect(clusterSize(12)).toBe(30);
    expect(clusterSize(99)).toBe(30);
    expect(clusterSize(100)).toBe(36);
    expect(clusterSize(1490)).toBe(42);
  });
});

describe('attribution', () => {
  it('credits Natural Earth and GeoNames', () => {
    expect(ATTRIBUTION).toBe('Made with Natural Earth. Place locations: GeoNames, CC BY 4.0');
  });

  it('is written nowhere else in the code', () => {
    for (const file of [
      'components/map/map-view.tsx',
      'components/source-footer.tsx',
      'components/slide-card.tsx',
      'app/handout/page.tsx',
    ])
      expect(readText(file), file).not.toContain('GeoNames');
  });
});
