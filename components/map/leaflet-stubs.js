// Stand-ins for two of Leaflet's own modules the map never runs (next.config.js points Leaflet's
// imports of them here): VML, the vector drawing of Internet Explorer 8 and older (Leaflet uses it
// only where a browser has no SVG), and marker dragging (no mark on the map is draggable; Leaflet
// makes a marker's drag handler only when its module is there).
export const vmlCreate = undefined;
export const vmlMixin = {};
export const MarkerDrag = undefined;
