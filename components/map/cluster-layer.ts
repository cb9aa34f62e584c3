// Loaded only for a collection of CLUSTER_FROM places or more (use-clusters.ts imports it when
// needed): the clustering (lib/clusters.ts, supercluster) and the clusters' buttons on the map.
// It imports nothing the map's own chunk has (Leaflet, toLatLng and the colours come in as
// arguments): a module both chunks used would be split out into a chunk of its own, a request
// more on every page.
import type * as Leaflet from 'leaflet';
import type { MarkOrCluster } from '@/lib/clusters';
import type { toLatLng as ToLatLng } from '@/lib/geo';

export { createClusterIndex } from '@/lib/clusters';

type Cluster = Extract<MarkOrCluster, { kind: 'cluster' }>;
/** A cluster's colours (lib/map-style.ts): its disc and its rings. */
export type ClusterColours = { fill: string; ring: string };

/** The clusters' buttons on one map: shown again for each new set, removed at the end. */
export type ClusterLayer = {
  show(clusters: readonly Cluster[]): void;
  remove(): void;
};

const whereOf = (c: Cluster) => c.lonLat.join(',');

/**
 * A disc's colours as plain values, set once on each disc: the ring is its text colour (the CSS
 * draws the border in currentColor). Not custom properties read by the page's CSS: every disc
 * changes at each move of a timeline range, and var() makes the browser parse each disc's
 * shorthands again (globals.css, `.place-cluster`). Browsers without color-mix (before 2023) get a
 * solid disc.
 */
export function discColours({ fill, ring }: ClusterColours) {
  const mixes = typeof CSS !== 'undefined' && CSS.supports('color', 'color-mix(in srgb, red, red)');
  if (!mixes) return { color: ring, backgroundColor: fill };
  const disc = `color-mix(in srgb, ${fill} 88%, transparent)`;
  return {
    color: ring,
    backgroundColor: disc,
    boxShadow: `inset 0 0 0 3px ${disc}, inset 0 0 0 4px color-mix(in srgb, ${ring} 50%, ${fill})`,
  };
}

/**
 * Each cluster as a button that says how many places it holds ("12 places, among them …") and,
 * on click, Enter or Space, zooms in to where it breaks apart: a round dark disc with the count,
 * drawn by the page's CSS (`.place-cluster` in globals.css) in the colours given here.
 *
 * A timeline range makes a new set of clusters at every move (a key held down: several a second).
 * The buttons are kept and changed in place, not made again: a new Leaflet marker is a new
 * element and handlers, and most clusters of the next set stand where one stood. A button that
 * stays where it was keeps its element, and so the keyboard focus. Drawn as text, not as a
 * picture: a new count is new text, not a new image for the browser to draw.
 */
export function createClusterLayer(
  L: Pick<typeof Leaflet, 'divIcon' | 'marker'>,
  toLatLng: typeof ToLatLng,
  map: Leaflet.Map,
  colours: ClusterColours,
): ClusterLayer {
  // The buttons on the map and the cluster each stands for now (its handlers read it here).
  const shown = new Map<Leaflet.Marker, Cluster>();
  const open = (m: Leaflet.Marker) => {
    const c = shown.get(m);
    if (c) map.setView(toLatLng(c.lonLat), c.expansionZoom);
  };
  const disc = discColours(colours);
  // The disc: its size and anchor (what Leaflet's icon options set), its name and its count.
  const draw = (el: HTMLElement, c: Cluster, was?: Cluster) => {
    if (was?.size !== c.size) {
      const px = `${c.size}px`;
      const margin = `${-c.size / 2}px`;
      Object.assign(el.style, { width: px, height: px, marginLeft: margin, marginTop: margin });
    }
    if (was?.count !== c.count) el.textContent = String(c.count);
    if (was?.label !== c.label) {
      el.title = c.label;
      el.setAttribute('aria-label', c.label);
    }
  };
  const create = (c: Cluster) => {
    const m = L.marker(toLatLng(c.lonLat), {
      icon: L.divIcon({ className: 'place-cluster', iconSize: [c.size, c.size], html: '' }),
      keyboard: true,
      zIndexOffset: 500,
    });
    m.on('click', () => open(m))
      .on('keydown', (e) => {
        const key = (e as Leaflet.LeafletKeyboardEvent).originalEvent.key;
        if (key === 'Enter' || key === ' ') open(m);
      })
      .addTo(map);
    const el = m.getElement();
    if (el) {
      Object.assign(el.style, disc);
      draw(el, c);
    }
    return m;
  };
  const change = (m: Leaflet.Marker, was: Cluster, c: Cluster) => {
    if (whereOf(was) !== whereOf(c)) m.setLatLng(toLatLng(c.lonLat));
    const el = m.getElement();
    if (el) draw(el, c, was);
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
      // A button with the keyboard focus is not moved to another cluster (the focus would go with
      // it, somewhere else on the map): it is taken off instead, like any button left over.
      const focused = spare.findIndex((m) => m.getElement() === document.activeElement);
      const gone = focused < 0 ? [] : spare.splice(focused, 1);
      for (const c of waiting) {
        const m = spare.pop();
        if (m) next.set(m, c);
        else next.set(create(c), c);
      }
      for (const m of [...spare, ...gone]) m.off().remove();
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
