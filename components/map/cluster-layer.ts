// Loaded only for a collection of CLUSTER_FROM places or more (use-clusters.ts imports it when
// needed): the clustering (lib/clusters.ts, supercluster) and the clusters' buttons on the map.
// It imports nothing the map's own chunk has (Leaflet and toLatLng come in as arguments): a module
// both chunks used would be split out into a chunk of its own, a request more on every page.
import type * as Leaflet from 'leaflet';
import type { MarkOrCluster } from '@/lib/clusters';
import type { toLatLng as ToLatLng } from '@/lib/geo';

export { createClusterIndex } from '@/lib/clusters';

type Cluster = Extract<MarkOrCluster, { kind: 'cluster' }>;

/**
 * Each cluster as a button that says how many places it holds ("12 places, among them …") and,
 * on click, Enter or Space, zooms in to where it breaks apart. Returns what removes them.
 */
export function drawClusters(
  L: Pick<typeof Leaflet, 'icon' | 'marker'>,
  toLatLng: typeof ToLatLng,
  map: Leaflet.Map,
  clusters: readonly Cluster[],
): () => void {
  const markers = clusters.map((c) => {
    const at = toLatLng(c.lonLat);
    const open = () => map.setView(at, c.expansionZoom);
    const icon = L.icon({
      iconUrl: `data:image/svg+xml,${encodeURIComponent(c.svg)}`,
      iconSize: [c.size, c.size],
      iconAnchor: [c.size / 2, c.size / 2],
      className: 'place-cluster',
    });
    return L.marker(at, { icon, title: c.label, alt: c.label, keyboard: true, zIndexOffset: 500 })
      .on('click', open)
      .on('keydown', (e) => {
        const key = (e as Leaflet.LeafletKeyboardEvent).originalEvent.key;
        if (key === 'Enter' || key === ' ') open();
      })
      .addTo(map);
  });
  return () => {
    for (const m of markers) m.off().remove();
  };
}
