// A place the editor can choose: a suggestion's place, or a search result (gazetteer or
// collection). The same shape as the drafter's DraftPlace, so a choice replaces a suggestion's
// place as it is.
import type { CollectionPlace } from '../collection/model';
import type { DraftPlace } from '../ingest/draft';
import type { Entry } from '../ingest/gazetteer';
import type { GazetteerGeometry } from '../ingest/gazetteer-file';

export type PlaceResult = DraftPlace;

/** The point a place is marked at: a city's own, else its marker. */
function pointOf(p: CollectionPlace): [number, number] {
  if (p.geometry.type === 'Point') return p.geometry.coordinates as [number, number];
  return (p.properties.marker ?? [0, 0]) as [number, number];
}

export const searchResultOf = {
  collection(p: CollectionPlace): PlaceResult {
    const [lon, lat] = pointOf(p);
    return {
      id: p.id,
      name: p.properties.name,
      kind: p.properties.kind,
      lon,
      lat,
      source: p.properties.geometrySource,
      licence: p.properties.license,
      existing: true,
    };
  },
  gazetteer(e: Entry, geometry: GazetteerGeometry | undefined): PlaceResult {
    return {
      id: e.id,
      name: e.name,
      kind: e.kind,
      lon: e.lon,
      lat: e.lat,
      source: e.source,
      licence: e.licence,
      existing: false,
      ...(geometry && (e.kind === 'region' || e.kind === 'border') ? { geometry } : {}),
    };
  },
};
