// Loaded only for a collection of CLUSTER_FROM places or more (use-clusters.ts imports it when
// needed): the clustering (lib/clusters.ts, supercluster) and the clusters' buttons on the map.
// It imports nothing the map's own chunk has (Leaflet and toLatLng come in as arguments): a module
// both chunks used would be split out into a chunk of its own, a request more on every page.
import type * as Leaflet from 'leaflet';
import type { MarkOrCluster } from '@/lib/clusters';
import type { toLatLng as ToLatLng } from '@/lib/geo';

export { createClusterIndex } from '@/lib/clusters';

type Cluster = Extract<MarkOrCluster, { kind: 'cluster' }>;

/** The clusters' buttons on one map: shown again for each new set, removed at the end. */
export type ClusterLayer = {
  show(clusters: readonly Cluster[]): void;
  remove(): void;
};

const pictureOf = (c: Cluster) => `data:image/svg+xml,${encodeURIComponent(c.svg)}`;
const whereOf = (c: Cluster) => c.lonLat.join(',');

/**
 * Each cluster as a button that says how many places it holds ("12 places, among them …") and,
 * on click, Enter or Space, zooms in to where it breaks apart.
 *
 * A timeline range makes a new set of clusters at every move (a key held down: several a second).
 * The buttons are kept and changed in place, not made again: a new Leaflet marker is a new
 * element, picture and handlers each, and most clusters of the next set stand where one stood.
 * A button that stays where it was keeps its element, and so the keyboard focus.
 */
export function createClusterLayer(
  L: Pick<typeof Leaflet, 'icon' | 'marker'>,
  toLatLng: typeof ToLatLng,
  map: Leaflet.Map,
): ClusterLayer {
  // The buttons on the map and the cluster each stands for now (its handlers read it here).
  const shown = new Map<Leaflet.Marker, Cluster>();
  const open = (m: Leaflet.Marker) => {
    const c = shown.get(m);
    if (c) map.setView(toLatLng(c.lonLat), c.expansionZoom);
  };
  const iconOf = (c: Cluster) =>
    L.icon({
      iconUrl: pictureOf(c),
      iconSize: [c.size, c.size],
      iconAnchor: [c.size / 2, c.size / 2],
      className: 'place-cluster',
    });
  const create = (c: Cluster) => {
    const m = L.marker(toLatLng(c.lonLat), {
      icon: iconOf(c),
      title: c.label,
      alt: c.label,
      keyboard: true,
      zIndexOffset: 500,
    });
    m.on('click', () => open(m))
      .on('keydown', (e) => {
        const key = (e as Leaflet.LeafletKeyboardEvent).originalEvent.key;
        if (key === 'Enter' || key === ' ') open(m);
      })
      .addTo(map);
    return m;
  };
  // What Leaflet's setIcon would do, without making the element again: the picture, its size and
  // anchor (Leaflet's margins), and the button's name.
  const change = (m: Leaflet.Marker, was: Cluster, c: Cluster) => {
    if (whereOf(was) !== whereOf(c)) m.setLatLng(toLatLng(c.lonLat));
    const img = m.getElement();
    if (!(img instanceof HTMLImageElement)) return;
    if (was.svg !== c.svg) {
      m.options.icon = iconOf(c);
      img.src = pictureOf(c);
      const px = `${c.size}px`;
      const margin = `${-c.size / 2}px`;
      Object.assign(img.style, { width: px, height: px, marginLeft: margin, marginTop: margin });
    }
    if (was.label !== c.label) {
      m.options.title = m.options.alt = img.title = img.alt = c.label;
    }
  };
  return {
    show(clusters) {
      const before = new Map<string, Leaflet.Marker>();
      for (const [m, c] of shown) before.set(whereOf(c), m);
      const next = new Map<Leaflet.Marker, Cluster>();
      const waiting: Cluster[] = [];
      // First the buttons that stay where they were, then the others are moved to the rest.
      for (const c of clusters) {
        const m = before.get(whereOf(c));
        if (m && !next.has(m)) next.set(m, c);
        else waiting.push(c);
      }
      const spare = [...shown.keys()].filter((m) => !next.has(m));
      for (const c of waiting) {
        const m = spare.pop();
        if (m) next.set(m, c);
        else next.set(create(c), c);
      }
      for (const m of spare) m.off().remove();
      for (const [m, c] of next) {
        const was = shown.get(m);
        if (was) change(m, was, c);
      }
      shown.clear();
      for (const [m, c] of next) shown.set(m, c);
    },
    remove() {
      for (const m of shown.keys()) m.off().remove();
      shown.clear();
    },
  };
}
