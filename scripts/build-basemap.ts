// Builds data/basemap.topo.json (the bundled basemap) from ../shared/geodata/countries-europe-10m.geojson:
// Natural Earth 1:10m Admin-0 v4.1.0 via world-atlas 2.0.2, Crimea drawn as Ukraine (see SOURCES.md there).
// TopoJSON shares borders between neighbours and quantises them: ~3x smaller than the GeoJSON.
// Each country keeps its name, its ISO number, a label point inside its largest part, and its area rank.
// Also writes data/basemap-overview.topo.json, the same countries for the map's wide views (zoom below
// BASEMAP_DETAIL_ZOOM, lib/map-style.ts): bends under about a pixel at zoom 5 left out
// (topojson-simplify, Visvalingam), islands under ~4 px² dropped (not a ring that shares a border), quantised 5e3 (a step of ~1 km);
// about half the bytes, so the home page's first view stays within its data budget.
// Run: npx tsx scripts/build-basemap.ts [path/to/geodata]
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import polylabel from 'polylabel';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  filter,
  filterAttached,
  filterWeight,
  planarRingArea,
  presimplify,
  simplify,
} from 'topojson-simplify';

type Pos = [number, number];
const GEO = process.argv[2] ?? '../shared/geodata';
const src = JSON.parse(readFileSync(`${GEO}/countries-europe-10m.geojson`, 'utf8'));

/** Ring area in square degrees on the sinusoidal (equal-area) projection: enough to rank countries by size. */
function ringArea(ring: Pos[]): number {
  const xy = ring.map(([x, y]) => [x * Math.cos((y * Math.PI) / 180), y]);
  let a = 0;
  for (let i = 1; i < xy.length; i++) a += xy[i - 1][0] * xy[i][1] - xy[i][0] * xy[i - 1][1];
  return Math.abs(a / 2);
}

type SrcFeature = {
  geometry:
    { type: 'Polygon'; coordinates: Pos[][] } | { type: 'MultiPolygon'; coordinates: Pos[][][] };
  properties: Record<string, unknown>;
};

const features = (src.features as SrcFeature[]).map((f) => {
  const polys: Pos[][][] =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const largest = polys.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
  const label = polylabel(largest, 0.01) as unknown as Pos;
  const area = polys.reduce((s, p) => s + ringArea(p[0]), 0);
  return {
    type: 'Feature',
    id: f.properties.iso_n3,
    geometry: f.geometry,
    properties: {
      name: f.properties.name,
      label: [Math.round(label[0] * 100) / 100, Math.round(label[1] * 100) / 100],
      area: Math.round(area * 10) / 10,
    },
  };
});

const collection = { countries: { type: 'FeatureCollection', features } } as const;

function write(file: string, topo: Topology) {
  const out = JSON.stringify(topo);
  const countries = topo.objects.countries as GeometryCollection;
  writeFileSync(file, out);
  console.log(
    `${file}: ${countries.geometries.length} countries, ${out.length} bytes, ${gzipSync(out, { level: 9 }).length} gzipped`,
  );
}

write('data/basemap.topo.json', topology(collection, 1e5));

// Weights are planar triangle (and ring) areas in square degrees; a pixel at zoom 5 is ~0.044°.
const OVERVIEW_WEIGHT = 3e-3;
const simplified = simplify(presimplify(topology(collection)), OVERVIEW_WEIGHT);
// An island too small to see goes; a ring that shares a border (Liechtenstein, San Marino) stays,
// or its neighbours would show a hole.
const attached = filterAttached(simplified);
const bigEnough = filterWeight(simplified, 4 * OVERVIEW_WEIGHT, planarRingArea);
const overview = filter(
  simplified,
  (ring, interior) => attached(ring, interior) || bigEnough(ring, interior),
);
write('data/basemap-overview.topo.json', quantize(overview, 5e3));
