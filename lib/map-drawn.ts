// Whether the live map (components/map/hand-over.ts) has drawn its view. Outside the map's folder,
// so the server-drawn first view can ask without loading Leaflet.
let drawn = false;

/** Called by the map once it has drawn its view, and with `false` when it goes. */
export function setMapDrawn(value: boolean) {
  drawn = value;
}

/** Whether the live map has drawn its view (never on the server). */
export const isMapDrawn = () => drawn;
