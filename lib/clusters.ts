// Clusters of marks at low zoom, for a collection with many places (supercluster, loaded only when
// there are enough places to cluster: the seed's six never load it). Pure: no Leaflet.
// It loads in a chunk of its own (components/map/use-clusters.ts) and imports nothing of the app's:
// a module the map's chunk also has would be split out into one more request on every page.
import Supercluster, { type PointFeature } from 'supercluster';

/** From this zoom on, marks are never clustered (a region's view shows every place in it). */
export const CLUSTER_MAX_ZOOM = 7;
const RADIUS_PX = 56;

export type MarkPoint = { id: string; name: string; lonLat: [number, number] };

export type MarkOrCluster =
  | { kind: 'place'; id: string; lonLat: [number, number] }
  | {
      kind: 'cluster';
      /** Stable for a zoom and a set of places: the cluster's id in the index. */
      key: string;
      lonLat: [number, number];
      count: number;
      /** The zoom at which the cluster breaks apart. */
      expansionZoom: number;
      /** The names of up to three of its places. */
      names: string[];
      /** What its button says (clusterLabel). */
      label: string;
      /** Its disc's diameter in pixels (clusterSize). */
      size: number;
    };

type Props = { id: string; name: string };

type Cluster = Extract<MarkOrCluster, { kind: 'cluster' }>;
type Box = [number, number, number, number];

export type ClusterIndex = {
  /** The marks and clusters in a box [west, south, east, north] at an integer zoom. */
  at(box: Box, zoom: number): MarkOrCluster[];
  /**
   * Of `places`, those with a mark of their own in the box at this zoom (the selected one always),
   * and the clusters standing for the rest.
   */
  shown<P extends { id: string }>(
    places: readonly P[],
    selectedId: string | undefined,
    box: Box,
    zoom: number,
  ): { places: P[]; clusters: Cluster[] };
};

type Feature = PointFeature<Props>;
// Each point's feature, made once for the same point (use-clusters.ts hands over the same ones).
const features = new WeakMap<MarkPoint, Feature>();
function featureOf(p: MarkPoint): Feature {
  let f = features.get(p);
  if (!f)
    features.set(
      p,
      (f = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: p.lonLat },
        properties: { id: p.id, name: p.name },
      }),
    );
  return f;
}

export function createClusterIndex(points: readonly MarkPoint[]): ClusterIndex {
  const index = new Supercluster<Props, Record<string, never>>({
    radius: RADIUS_PX,
    // Leaflet's tiles are 256 px: the radius is in the map's pixels at its zoom (512 would halve it).
    extent: 256,
    maxZoom: CLUSTER_MAX_ZOOM,
    minPoints: 3,
  });
  index.load(points.map(featureOf));
  return {
    shown(places, selectedId, box, zoom) {
      const items = this.at(box, zoom);
      const ids = new Set(items.flatMap((i) => (i.kind === 'place' ? [i.id] : [])));
      if (selectedId) ids.add(selectedId);
      return {
        places: places.filter((p) => ids.has(p.id)),
        clusters: items.filter((i): i is Cluster => i.kind === 'cluster'),
      };
    },
    at(box, zoom) {
      return index.getClusters(box, Math.round(zoom)).map((f): MarkOrCluster => {
        const lonLat = f.geometry.coordinates as [number, number];
        if (!('cluster' in f.properties)) return { kind: 'place', id: f.properties.id, lonLat };
        const id = f.properties.cluster_id;
        const names = index
          .getLeaves(id, 3)
          .map((l) => l.properties.name)
          .sort();
        return {
          kind: 'cluster',
          key: `${Math.round(zoom)}-${id}`,
          lonLat,
          count: f.properties.point_count,
          expansionZoom: Math.min(index.getClusterExpansionZoom(id), CLUSTER_MAX_ZOOM + 1),
          names,
          label: clusterLabel(f.properties.point_count, names),
          size: clusterSize(f.properties.point_count),
        };
      });
    },
  };
}

/** What a cluster's button says: "12 places, among them Kharkiv, Kyiv and Poltava". */
export function clusterLabel(count: number, names: readonly string[]): string {
  const list =
    names.length <= 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return list ? `${count} places, among them ${list}` : `${count} places`;
}

/** A cluster's disc: 30 px across for up to two digits, 6 px more for each digit past two. */
export const clusterSize = (count: number) => 30 + 6 * Math.max(0, String(count).length - 2);
