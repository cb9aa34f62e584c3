/**
 * Places a mark, a cluster or a name on the map with a plain 2D translate, where Leaflet writes
 * translate3d (DomUtil.setPosition). A 3D transform on each of a big collection's 70 marks and
 * clusters and its names made the browser give the map some 70 compositing layers more, and every
 * change on the map (a timeline range moves them all, several times a second) cost that much more
 * style, paint and commit work. Leaflet's panes keep their translate3d (panning and zooming on the
 * compositor). Used by leaflet-subset.js (Leaflet's markers) and name-tooltip.ts.
 */
export function place2d(el: HTMLElement, pos: { x: number; y: number }): void {
  // What Leaflet's DomUtil.getPosition reads.
  (el as HTMLElement & { _leaflet_pos?: unknown })._leaflet_pos = pos;
  el.style.transform = `translate(${pos.x}px,${pos.y}px)`;
}
