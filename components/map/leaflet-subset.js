// The parts of Leaflet the map uses, from Leaflet's own ES modules (`leaflet/src`), in place of
// its whole build: next.config.js points the `leaflet` import here (for react-leaflet too). Left
// out: popups, the layers control, image/video/SVG overlays and tile layers (the optional online
// tiles load on their own, components/map/tile-layer.ts), which the offline map never
// uses; the bundle is smaller and the browser evaluates less at start-up. A name missing here
// fails the build, never the map at run time.
export * from 'leaflet/src/core/index';
export * from 'leaflet/src/dom/index';
export * from 'leaflet/src/geometry/index';
export * from 'leaflet/src/geo/index';
export * from 'leaflet/src/map/index';

export { Layer } from 'leaflet/src/layer/Layer';
export { LayerGroup, layerGroup } from 'leaflet/src/layer/LayerGroup';
export { FeatureGroup, featureGroup } from 'leaflet/src/layer/FeatureGroup';
// Marks' names are tooltips (bindTooltip is added to every layer by this module).
export { DivOverlay } from 'leaflet/src/layer/DivOverlay';
export { Tooltip, tooltip } from 'leaflet/src/layer/Tooltip';
export * from 'leaflet/src/layer/marker/index';
export * from 'leaflet/src/layer/vector/index';

import {
  GeoJSON,
  geoJSON,
  geoJson,
  geometryToLayer,
  coordsToLatLng,
  coordsToLatLngs,
  latLngToCoords,
  latLngsToCoords,
  getFeature,
  asFeature,
} from 'leaflet/src/layer/GeoJSON';
import { Control, control } from 'leaflet/src/control/Control';
import { Zoom, zoom } from 'leaflet/src/control/Control.Zoom';
import { Scale, scale } from 'leaflet/src/control/Control.Scale';
import { Attribution, attribution } from 'leaflet/src/control/Control.Attribution';

// As leaflet/src/layer/index.js and control/index.js attach them (those files also bring in
// what is left out above).
Object.assign(GeoJSON, {
  geometryToLayer,
  coordsToLatLng,
  coordsToLatLngs,
  latLngToCoords,
  latLngsToCoords,
  getFeature,
  asFeature,
});
Control.Zoom = Zoom;
Control.Scale = Scale;
Control.Attribution = Attribution;
control.zoom = zoom;
control.scale = scale;
control.attribution = attribution;

export { Control, control, GeoJSON, geoJSON, geoJson };
