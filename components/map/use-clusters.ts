'use client';
import { useEffect, useMemo, useState } from 'react';
import { divIcon, marker, type Map as LeafletMap } from 'leaflet';
import type { MarkOrCluster, MarkPoint } from '@/lib/clusters';
import type { ClusterLayer } from './cluster-layer';
import { BADGE_FILL, CLUSTER_FROM, MARK_RING } from '@/lib/map-style';
import { toLatLng } from '@/lib/geo';
import { markerOf } from '@/lib/place-geometry';
import type { Place } from '@/lib/places-schema';

type Cluster = Extract<MarkOrCluster, { kind: 'cluster' }>;
export type Shown = {
  places: readonly Place[];
  clusters: readonly Cluster[];
  /** Makes the layer that shows the clusters on a map (the same function for every set). */
  layer?: (map: LeafletMap) => ClusterLayer;
};

const NONE: readonly Cluster[] = [];

// Each place's point, made once: a timeline range builds the index again at each move, and the
// points (with what lib/clusters.ts makes of them) are the same ones each time, not new garbage.
const points = new WeakMap<Place, MarkPoint>();
function pointOf(p: Place): MarkPoint {
  let point = points.get(p);
  if (!point) points.set(p, (point = { id: p.id, name: p.properties.name, lonLat: markerOf(p) }));
  return point;
}
// The box asked of the index reaches past the view, so a short pan finds its marks already there.
const PAD = 0.25;

type ClusterCode = typeof import('./cluster-layer');
export type { ClusterLayer } from './cluster-layer';

/**
 * The marks to draw and the clusters standing for the rest. Below CLUSTER_FROM places: every
 * place, no clusters, and the clustering code (supercluster) is never loaded. From it: the code is
 * loaded once, the index built for each set of places as it comes (a timeline range makes a new
 * set at each move: built at once, the marks never blink out while it loads), and asked again
 * whenever the view changes; the selected place always keeps its own mark.
 */
export function useClusters(
  map: LeafletMap,
  places: readonly Place[],
  selectedId: string | undefined,
): Shown {
  const big = places.length >= CLUSTER_FROM;
  const [layer, setLayer] = useState<{ code: ClusterCode }>();
  useEffect(
    function loadClusters() {
      if (!big || layer) return;
      let live = true;
      void import('./cluster-layer').then((code) => {
        if (live) setLayer({ code });
      });
      return () => {
        live = false;
      };
    },
    [big, layer],
  );
  const draw = useMemo(() => {
    const code = layer?.code;
    const colours = { fill: BADGE_FILL, ring: MARK_RING };
    return (
      code &&
      ((m: LeafletMap) => code.createClusterLayer({ divIcon, marker }, toLatLng, m, colours))
    );
  }, [layer]);
  const index = useMemo(() => {
    if (!big || !layer) return undefined;
    return layer.code.createClusterIndex(places.map(pointOf));
  }, [big, layer, places]);
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
    return { ...index.shown(places, selectedId, [west, south, east, north], zoom), layer: draw };
  }, [big, index, draw, places, selectedId, zoom, west, south, east, north]);
}
