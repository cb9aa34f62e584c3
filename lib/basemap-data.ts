// The basemap's countries: the TopoJSON as GET /api/basemap sends it (checked, not cast), decoded
// into GeoJSON. Used by the live map and by the maps drawn on the server.
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { array, number, object, oneOf, position, string, type Guard } from './json-guards';

export type CountryProps = { name: string; label: [number, number]; area: number };
export type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

function checkCountriesTopology(v: unknown): asserts v is CountriesTopology {
  const root = object(v, 'the body');
  oneOf(root.type, ['Topology'], 'type');
  array(root.arcs, 'arcs');
  const countries = object(object(root.objects, 'objects').countries, 'objects.countries');
  oneOf(countries.type, ['GeometryCollection'], 'objects.countries.type');
  array(countries.geometries, 'objects.countries.geometries').forEach((c, i) => {
    const path = `objects.countries.geometries[${i}]`;
    const g = object(c, path);
    oneOf(g.type, ['Polygon', 'MultiPolygon'], `${path}.type`);
    array(g.arcs, `${path}.arcs`);
    const p = object(g.properties, `${path}.properties`);
    string(p.name, `${path}.properties.name`);
    position(p.label, `${path}.properties.label`);
    number(p.area, `${path}.properties.area`);
  });
}

/** The basemap as GET /api/basemap sends it: country outlines as TopoJSON. */
export const asCountriesTopology: Guard<CountriesTopology> = (v) => {
  checkCountriesTopology(v);
  return v;
};

export type Country = Feature<Polygon | MultiPolygon, CountryProps>;
export type Countries = FeatureCollection<Polygon | MultiPolygon, CountryProps>;

// Every geometry was checked to be a polygon or a multipolygon; this tells TypeScript so.
const isCountry = (f: Feature<Geometry, CountryProps>): f is Country =>
  f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';

/** The countries as GeoJSON features. */
export function countriesOf(topo: CountriesTopology): Countries {
  return {
    type: 'FeatureCollection',
    features: feature(topo, topo.objects.countries).features.filter(isCountry),
  };
}
