// The client's checks for data from the network (no zod in the browser bundle): the real files
// pass, and broken ones fail with the field named.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asCountriesTopology, countriesOf } from '@/lib/basemap-data';
import { fetchJson } from '@/lib/fetch-json';
import { asMapLabels, asPlaces } from '@/lib/json-guards';
import { placeKind } from '@/lib/places-schema';
import { readText, seedPlacesText } from './helpers';

const json = (rel: string): unknown => JSON.parse(readText(rel));

/** A minimal valid place, to break one field at a time. */
function region(): Record<string, unknown> {
  return {
    type: 'Feature',
    id: 'luhansk',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [38, 48],
          [40, 48],
          [40, 50],
          [38, 48],
        ],
      ],
    },
    properties: {
      name: 'Luhansk',
      kind: 'region',
      summary: 'A region.',
      marker: [39, 48.6],
      excerpts: [{ paragraph: 13, text: 'In the Luhansk and Donetsk regions.' }],
      geometrySource: 'Natural Earth',
      license: 'Public domain',
    },
  };
}
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('asPlaces', () => {
  it('accepts the seed places and a minimal region', () => {
    expect(asPlaces(JSON.parse(seedPlacesText())).features).toHaveLength(6);
    expect(asPlaces(collection(region())).features[0].id).toBe('luhansk');
  });

  it('accepts every kind the schema does', () => {
    for (const kind of placeKind.options) {
      const f = region();
      (f.properties as Record<string, unknown>).kind = kind;
      expect(() => asPlaces(collection(f)), kind).not.toThrow();
    }
  });

  it('names the field that is wrong', () => {
    const kind = region();
    (kind.properties as Record<string, unknown>).kind = 'town';
    expect(() => asPlaces(collection(region(), kind))).toThrow(
      'features[1].properties.kind should be one of city, region, border, not "town"',
    );

    const noMarker = region();
    delete (noMarker.properties as Record<string, unknown>).marker;
    expect(() => asPlaces(collection(noMarker))).toThrow(
      'features[0].properties.marker should be an array, not undefined',
    );

    const flat = region();
    (flat.geometry as Record<string, unknown>).coordinates = [
      [38, 48],
      [40, 48],
    ];
    expect(() => asPlaces(collection(flat))).toThrow(
      'features[0].geometry.coordinates[0][0] should be an array, not 38',
    );

    const text = region();
    (text.properties as Record<string, unknown>).excerpts = [{ paragraph: '13', text: 'x' }];
    expect(() => asPlaces(collection(text))).toThrow(
      'features[0].properties.excerpts[0].paragraph should be a number, not "13"',
    );
  });

  it('rejects what is not a collection of places', () => {
    expect(() => asPlaces(null)).toThrow('the body should be an object, not null');
    expect(() => asPlaces([])).toThrow('the body should be an object, not an array');
    expect(() => asPlaces({ type: 'FeatureCollection' })).toThrow(
      'features should be an array, not undefined',
    );
  });
});

describe('asCountriesTopology', () => {
  it('accepts data/basemap.topo.json, and its countries decode', () => {
    const countries = countriesOf(asCountriesTopology(json('data/basemap.topo.json')));
    expect(countries.features.find((c) => c.id === '804')?.properties.name).toBe('Ukraine');
  });

  it('names the field that is wrong', () => {
    const topo = {
      type: 'Topology',
      arcs: [],
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0]], properties: { name: 'A', label: [1, 2], area: 1 } },
            { type: 'Polygon', arcs: [[1]], properties: { name: 'B', label: [1], area: 1 } },
          ],
        },
      },
    };
    expect(() => asCountriesTopology(topo)).toThrow(
      'objects.countries.geometries[1].properties.label should be a [lon, lat] pair, not an array',
    );
    expect(() => asCountriesTopology({ type: 'FeatureCollection' })).toThrow(
      'type should be one of Topology, not "FeatureCollection"',
    );
  });
});

describe('asMapLabels', () => {
  it('accepts data/labels.json', () => {
    expect(asMapLabels(json('data/labels.json')).seas.map((s) => s.name)).toContain('Black Sea');
  });

  it('names the field that is wrong', () => {
    expect(() =>
      asMapLabels({ seas: [{ name: 'Black Sea', at: [34.3, '43.2'], minZoom: 4 }] }),
    ).toThrow('seas[0].at[1] should be a number, not "43.2"');
  });
});

describe('fetchJson', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const answer = (status: number, body: unknown) =>
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status }));

  it('returns the checked body', async () => {
    answer(200, collection(region()));
    const places = await fetchJson('/api/places', asPlaces);
    expect(places.features[0].properties.name).toBe('Luhansk');
  });

  it('names the request and the field when the body does not fit', async () => {
    answer(200, { type: 'FeatureCollection', features: 'none' });
    await expect(fetchJson('/api/places', asPlaces)).rejects.toThrow(
      'GET /api/places sent data the map cannot use: features should be an array, not "none"',
    );
  });

  it('names the request and the status when it fails', async () => {
    answer(503, {});
    await expect(fetchJson('/api/basemap', asCountriesTopology)).rejects.toThrow(
      'GET /api/basemap answered 503',
    );
  });
});
