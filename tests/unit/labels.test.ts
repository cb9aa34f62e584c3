import { describe, expect, test } from 'vitest';
import { asCountriesTopology, countriesOf, type Country } from '@/lib/basemap-data';
import { pointInPolygon } from '@/lib/geo';
import { asMapLabels } from '@/lib/json-guards';
import { markerOf, type Places } from '@/lib/places-schema';
import { readText, seedPlacesText } from './helpers';

const topo = asCountriesTopology(JSON.parse(readText('data/basemap.topo.json')));
const countries = countriesOf(topo).features;
const labels = asMapLabels(JSON.parse(readText('data/labels.json')));
const places = JSON.parse(seedPlacesText()) as Places;

/** The polygons ([outer, ...holes]) of a country. */
function polygonsOf(c: Country): [number, number][][][] {
  return (c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates) as [
    number,
    number,
  ][][][];
}

function inCountry(p: readonly number[], c: Country): boolean {
  return polygonsOf(c).some((poly) => pointInPolygon(p, poly));
}

describe('data/basemap.topo.json', () => {
  test('decodes into polygon countries', () => {
    expect(countries.length).toBeGreaterThan(40);
    expect(countries.length).toBe(topo.objects.countries.geometries.length);
  });

  test('every country has a name and a [lon, lat] label', () => {
    for (const c of countries) {
      expect(typeof c.properties.name, JSON.stringify(c.id)).toBe('string');
      expect(c.properties.label, c.properties.name).toHaveLength(2);
    }
  });
});

describe('data/basemap-overview.topo.json (the map below zoom 6)', () => {
  const overview = countriesOf(
    asCountriesTopology(JSON.parse(readText('data/basemap-overview.topo.json'))),
  ).features;

  test('has every country of the detailed basemap but Guernsey, an island under a pixel there', () => {
    const names = (cs: Country[]) => cs.map((c) => c.properties.name).sort();
    // Liechtenstein and San Marino are as small but border others: without them, holes.
    expect(names(overview)).toEqual(names(countries).filter((n) => n !== 'Guernsey'));
    expect(names(overview)).toContain('Liechtenstein');
    expect(names(overview)).toContain('San Marino');
  });

  test('each country keeps its id, label point and area', () => {
    for (const c of overview) {
      const full = countries.find((f) => f.properties.name === c.properties.name)!;
      expect(c.id, c.properties.name).toBe(full.id);
      expect(c.properties, c.properties.name).toEqual(full.properties);
    }
  });
});

describe('sea labels in data/labels.json', () => {
  test('there are sea labels', () => {
    expect(labels.seas.length).toBeGreaterThan(0);
  });

  test.each(labels.seas.map((s) => [s.name, s] as const))(
    '%s lies in water (outside every country)',
    (_name, sea) => {
      const on = countries.filter((c) => inCountry(sea.at, c)).map((c) => c.properties.name);
      expect(on).toEqual([]);
    },
  );
});

describe('country labels', () => {
  // Strict: no tolerance is needed for the quantised basemap (the closest, Gibraltar's, is ~0.005° from its edge).
  test.each(countries.map((c) => [c.properties.name, c] as const))(
    '%s: properties.label lies inside the country',
    (_name, c) => {
      const label = c.properties.label;
      expect(inCountry(label, c), `label [${label}]`).toBe(true);
    },
  );
});

describe('Ukraine', () => {
  const ukraine = countries.find((c) => c.id === '804');

  test("exists with id '804'", () => {
    expect(ukraine).toBeDefined();
    expect(ukraine!.properties.name).toBe('Ukraine');
  });

  test.each(['crimea', 'luhansk', 'donetsk'])('contains the marker of %s', (id) => {
    const place = places.features.find((f) => f.id === id);
    expect(place, id).toBeDefined();
    expect(inCountry(markerOf(place!), ukraine!)).toBe(true);
  });

  test('does not contain Moscow or Brussels (control)', () => {
    for (const id of ['moscow', 'brussels']) {
      const place = places.features.find((f) => f.id === id)!;
      expect(inCountry(markerOf(place), ukraine!), id).toBe(false);
    }
  });
});
