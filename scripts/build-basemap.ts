// Builds data/basemap.topo.json (the bundled basemap) from ../shared/geodata/countries-europe-10m.geojson:
// Natural Earth 1:10m Admin-0 v4.1.0 via world-atlas 2.0.2, Crimea drawn as Ukraine (see SOURCES.md there).
// TopoJSON shares borders between neighbours and quantises them: ~3x smaller than the GeoJSON.
// Each country keeps its name, its ISO number, a label point inside its largest part, and its area rank.
// Run: npx tsx scripts/build-basemap.ts [path/to/geodata]
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import polylabel from 'polylabel';
import { topology } from 'topojson-server';

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

const topo = topology({ countries: { type: 'FeatureCollection', features } }, 1e5);
const out = JSON.stringify(topo);
writeFileSync('data/basemap.topo.json', out);
console.log(
  `data/basemap.topo.json: ${features.length} countries, ${out.length} bytes, ${gzipSync(out, { level: 9 }).length} gzipped`,
);
