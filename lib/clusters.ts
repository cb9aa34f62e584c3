// Clusters of marks at low zoom, for a collection with many places (supercluster, loaded only when
// there are enough places to cluster: the seed's six never load it). Pure: no Leaflet.
import Supercluster from 'supercluster';

/** Below this many places every place keeps its own mark. */
export const CLUSTER_FROM = 60;
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
      /** The names of up to three of its places, for its accessible name. */
      names: string[];
    };

type Props = { id: string; name: string };

export type ClusterIndex = {
  /** The marks and clusters in a box [west, south, east, north] at an integer zoom. */
  at(box: [number, number, number, number], zoom: number): MarkOrCluster[];
};

export function createClusterIndex(points: readonly MarkPoint[]): ClusterIndex {
  const index = new Supercluster<Props, Record<string, never>>({
    radius: RADIUS_PX,
    maxZoom: CLUSTER_MAX_ZOOM,
    minPoints: 3,
  });
  index.load(
    points.map((p) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: p.lonLat },
      properties: { id: p.id, name: p.name },
    })),
  );
  return {
    at(box, zoom) {
      return index.getClusters(box, Math.round(zoom)).map((f): MarkOrCluster => {
        const lonLat = f.geometry.coordinates as [number, number];
        if (!('cluster' in f.properties)) return { kind: 'place', id: f.properties.id, lonLat };
        const id = f.properties.cluster_id;
        return {
          kind: 'cluster',
          key: `${Math.round(zoom)}-${id}`,
          lonLat,
          count: f.properties.point_count,
          expansionZoom: Math.min(index.getClusterExpansionZoom(id), CLUSTER_MAX_ZOOM + 1),
          names: index
            .getLeaves(id, 3)
            .map((l) => l.properties.name)
            .sort(),
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
