'use client';
import { useEffect, useMemo, useState } from 'react';
import { icon, marker, type Map as LeafletMap } from 'leaflet';
import type { ClusterIndex, MarkOrCluster } from '@/lib/clusters';
import { BADGE_FILL, CLUSTER_FROM, MARK_RING } from '@/lib/map-style';
import { toLatLng } from '@/lib/geo';
import { markerOf } from '@/lib/place-geometry';
import type { Place } from '@/lib/places-schema';

type Cluster = Extract<MarkOrCluster, { kind: 'cluster' }>;
export type Shown = {
  places: readonly Place[];
  clusters: readonly Cluster[];
  /** Puts the clusters on the map; returns what takes them off. */
  draw?: (map: LeafletMap, clusters: readonly Cluster[]) => () => void;
};

const NONE: readonly Cluster[] = [];
// The box asked of the index reaches past the view, so a short pan finds its marks already there.
const PAD = 0.25;

/**
 * The marks to draw and the clusters standing for the rest. Below CLUSTER_FROM places: every
 * place, no clusters, and the clustering code (supercluster) is never loaded. From it: the index
 * is loaded and built once per set of places, and asked again whenever the view changes; the
 * selected place always keeps its own mark.
 */
export function useClusters(
  map: LeafletMap,
  places: readonly Place[],
  selectedId: string | undefined,
): Shown {
  const big = places.length >= CLUSTER_FROM;
  const [built, setBuilt] = useState<{
    for: readonly Place[];
    index: ClusterIndex;
    draw: NonNullable<Shown['draw']>;
  }>();
  useEffect(
    function loadClusters() {
      if (!big) return;
      let live = true;
      void import('./cluster-layer').then(({ createClusterIndex, drawClusters }) => {
        if (!live) return;
        const points = places.map((p) => ({
          id: p.id,
          name: p.properties.name,
          lonLat: markerOf(p),
        }));
        const colours = { fill: BADGE_FILL, ring: MARK_RING };
        const draw = (m: LeafletMap, c: readonly Cluster[]) =>
          drawClusters({ icon, marker }, toLatLng, m, c);
        setBuilt({ for: places, index: createClusterIndex(points, colours), draw });
      });
      return () => {
        live = false;
      };
    },
    [big, places],
  );
  const current = built?.for === places ? built : undefined;
  const index = current?.index;
  const draw = current?.draw;
  const zoom = map.getZoom();
  // Numbers, not Leaflet's bounds object (a new one on every call): asked again when they change.
  const b = map.getBounds().pad(PAD);
  // supercluster clamps latitudes and wraps longitudes itself.
  const [west, south, east, north] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  return useMemo((): Shown => {
    if (!big) return { places, clusters: NONE };
    const selected = places.filter((p) => p.id === selectedId);
    // Until the index is built, only the selected place: never 2,000 marks at once.
    if (!index) return { places: selected, clusters: NONE };
    return { ...index.shown(places, selectedId, [west, south, east, north], zoom), draw };
  }, [big, index, draw, places, selectedId, zoom, west, south, east, north]);
}
