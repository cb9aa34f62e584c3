// Builds the seed's places in data/collection/places.geojson: geometry copied from the sourced
// files in ../shared/geodata (SOURCES.md there says where each came from), markers derived from
// that geometry, and the editorial properties (names, aliases) kept from the existing file.
// Run: npx tsx scripts/import-geodata.ts [path/to/geodata]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import polylabel from 'polylabel';

const GEO = process.argv[2] ?? '../shared/geodata';
const OUT = 'data/collection/places.geojson';
type Pos = [number, number];
type F = {
  id?: string;
  type: 'Feature';
  // Geometry is copied through unread, so its coordinates stay untyped here.
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
};

const read = (file: string): F[] => JSON.parse(readFileSync(`${GEO}/${file}`, 'utf8')).features;
const byId = (file: string, id: string) => {
  const f = read(file).find((x) => (x.id ?? x.properties.id) === id);
  if (!f) throw new Error(`${file}: no feature ${id}`);
  return f;
};

const NE_REGIONS =
  'Natural Earth 1:10m Admin-1 states/provinces v5.1.x (public domain), via ../shared/geodata/regions.geojson';
const NE_BORDER =
  'Natural Earth 1:10m Admin-0 v4.1.0 via world-atlas 2.0.2 (public domain), ru-ua line from ../shared/geodata/border-10m.geojson';
const GEONAMES = (gid: number) =>
  `GeoNames ${gid} (CC BY 4.0), via ../shared/geodata/places-points.json`;

/** Pole of inaccessibility: a point well inside the polygon, where a label or marker reads best. */
function insidePoint(rings: Pos[][]): Pos {
  const p = polylabel(rings, 0.001) as unknown as Pos;
  return [round(p[0]), round(p[1])];
}
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The vertex of the line nearest to its midpoint by length, so the marker is exactly on the line. */
function midVertex(line: Pos[]): Pos {
  const seg = (a: Pos, b: Pos) =>
    Math.hypot((b[0] - a[0]) * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180)), b[1] - a[1]);
  const cum = [0];
  for (let i = 1; i < line.length; i++) cum.push(cum[i - 1] + seg(line[i - 1], line[i]));
  const half = cum[cum.length - 1] / 2;
  let best = 0;
  cum.forEach((c, i) => {
    if (Math.abs(c - half) < Math.abs(cum[best] - half)) best = i;
  });
  return line[best];
}

function point(id: string): F {
  const f = byId('places-points.json', id);
  return {
    type: 'Feature',
    id,
    geometry: f.geometry,
    properties: {
      geometrySource: GEONAMES(Number(f.properties.geonameid)),
      license: 'CC BY 4.0 (GeoNames, geonames.org)',
    },
  };
}
function region(id: string, sourceId: string): F {
  const f = byId('regions.geojson', sourceId);
  const rings: Pos[][] =
    f.geometry.type === 'Polygon'
      ? (f.geometry.coordinates as Pos[][])
      : (f.geometry.coordinates as Pos[][][])[0];
  return {
    type: 'Feature',
    id,
    geometry: f.geometry,
    properties: {
      marker: insidePoint(rings),
      markerSource: 'pole of inaccessibility of the polygon (polylabel)',
      geometrySource: `${NE_REGIONS}, feature ${sourceId}`,
      license: 'Public domain (Natural Earth)',
    },
  };
}
function border(id: string, sourceId: string): F {
  const f = byId('border-10m.geojson', sourceId);
  return {
    type: 'Feature',
    id,
    geometry: f.geometry,
    properties: {
      marker: midVertex(f.geometry.coordinates as Pos[]),
      markerSource:
        'the vertex nearest the middle of the line: the article does not say where along the border the troops stood',
      geometrySource: NE_BORDER,
      license: 'Public domain (Natural Earth)',
    },
  };
}

const imported: F[] = [
  point('moscow'),
  point('brussels'),
  region('crimea', 'crimea'),
  region('luhansk', 'luhansk-oblast'),
  region('donetsk', 'donetsk-oblast'),
  border('border-region', 'ru-ua'),
];

const existing: F[] = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')).features : [];
const features = imported.map((f) => {
  const old = existing.find((e) => e.id === f.id);
  const { name, kind, aliases } = old?.properties ?? {};
  const { geometrySource, markerSource, license } = f.properties;
  return {
    type: 'Feature',
    id: f.id,
    geometry: f.geometry,
    properties: {
      name,
      kind,
      ...pick(f.properties, 'marker'),
      ...(aliases ? { aliases } : {}),
      geometrySource,
      ...(markerSource ? { markerSource } : {}),
      license,
    },
  };
});
function pick(o: Record<string, unknown>, k: string) {
  return k in o ? { [k]: o[k] } : {};
}

// One feature per line keeps diffs readable and the file compact.
const body = features.map((f) => '  ' + JSON.stringify(f)).join(',\n');
writeFileSync(OUT, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
console.log(`${OUT}: ${features.length} places`);
