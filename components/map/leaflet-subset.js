// The parts of Leaflet the map uses, from Leaflet's own ES modules (`leaflet/src`), in place of
// its whole build: next.config.js points the `leaflet` import here (for react-leaflet too). Left
// out: popups, the layers control, rectangles, projections other than Web Mercator, image/video/SVG
// overlays and tile layers (the optional online tiles load on their own,
// components/map/tile-layer.ts), which the offline map never uses; the bundle is smaller and the
// browser evaluates less at start-up. A name missing here fails the build, never the map at run
// time.
export * from 'leaflet/src/core/index';
export * from 'leaflet/src/dom/index';
export * from 'leaflet/src/geometry/index';
// leaflet/src/geo/index, with the one projection the map uses (Web Mercator, EPSG:3857): not the
// ellipsoidal Mercator (EPSG:3395), plate carrée (EPSG:4326) or the flat CRS.Simple.
export { LatLng, toLatLng as latLng } from 'leaflet/src/geo/LatLng';
export { LatLngBounds, toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds';
import { CRS } from 'leaflet/src/geo/crs/CRS';
import { Earth } from 'leaflet/src/geo/crs/CRS.Earth';
import { EPSG3857, EPSG900913 } from 'leaflet/src/geo/crs/CRS.EPSG3857';
import { SphericalMercator } from 'leaflet/src/geo/projection/Projection.SphericalMercator';
Object.assign(CRS, { Earth, EPSG3857, EPSG900913 });
export { CRS };
export const Projection = { SphericalMercator };
// leaflet/src/map/index, less TapHold (a long touch as contextmenu, for iOS Safari; the map has no
// context menu).
import { Map } from 'leaflet/src/map/Map';
import { BoxZoom } from 'leaflet/src/map/handler/Map.BoxZoom';
import { DoubleClickZoom } from 'leaflet/src/map/handler/Map.DoubleClickZoom';
import { Drag } from 'leaflet/src/map/handler/Map.Drag';
import { Keyboard } from 'leaflet/src/map/handler/Map.Keyboard';
import { ScrollWheelZoom } from 'leaflet/src/map/handler/Map.ScrollWheelZoom';
import { TouchZoom } from 'leaflet/src/map/handler/Map.TouchZoom';
Object.assign(Map, { BoxZoom, DoubleClickZoom, Drag, Keyboard, ScrollWheelZoom, TouchZoom });
export { Map };
export { createMap as map } from 'leaflet/src/map/Map';

export { Layer } from 'leaflet/src/layer/Layer';
export { LayerGroup, layerGroup } from 'leaflet/src/layer/LayerGroup';
export { FeatureGroup, featureGroup } from 'leaflet/src/layer/FeatureGroup';
// Marks' names are tooltips (bindTooltip is added to every layer by this module).
export { DivOverlay } from 'leaflet/src/layer/DivOverlay';
export { Tooltip, tooltip } from 'leaflet/src/layer/Tooltip';
export * from 'leaflet/src/layer/marker/index';
// leaflet/src/layer/vector/index, less Rectangle (the map draws none; GeoJSON does not need it).
export { Renderer } from 'leaflet/src/layer/vector/Renderer';
export { Canvas, canvas } from 'leaflet/src/layer/vector/Canvas';
import { SVG, create, pointsToPath, svg } from 'leaflet/src/layer/vector/SVG';
SVG.create = create;
SVG.pointsToPath = pointsToPath;
export { SVG, svg };
import 'leaflet/src/layer/vector/Renderer.getRenderer';
export { Path } from 'leaflet/src/layer/vector/Path';
export { CircleMarker, circleMarker } from 'leaflet/src/layer/vector/CircleMarker';
export { Circle, circle } from 'leaflet/src/layer/vector/Circle';
export { Polyline, polyline } from 'leaflet/src/layer/vector/Polyline';
export { Polygon, polygon } from 'leaflet/src/layer/vector/Polygon';

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

// Marks and clusters are placed in 2D, not with Leaflet's translate3d: see place-2d.ts.
import { Marker as LeafletMarker } from 'leaflet/src/layer/marker/Marker';
import { place2d } from './place-2d';
LeafletMarker.include({
  /** @param {{ x: number, y: number }} pos */
  _setPos(pos) {
    if (this._icon) place2d(this._icon, pos);
    if (this._shadow) place2d(this._shadow, pos);
    this._zIndex = pos.y + this.options.zIndexOffset;
    this._resetZIndex();
  },
});

// Canvases at the screen's own pixel ratio (up to 2), where Leaflet makes every canvas twice the
// size of its box on any screen above 1: on a phone at 1.75 that is 30% more pixels than the screen
// has, each one rasterized on the page's main thread whenever a canvas is shown or redrawn (the
// basemap is one). Otherwise Leaflet's own Canvas._update.
import { Canvas as LeafletCanvas } from 'leaflet/src/layer/vector/Canvas';
import { Renderer as LeafletRenderer } from 'leaflet/src/layer/vector/Renderer';
import { setPosition } from 'leaflet/src/dom/DomUtil';
LeafletCanvas.include({
  _update() {
    if (this._map._animatingZoom && this._bounds) return;
    LeafletRenderer.prototype._update.call(this);
    const b = this._bounds;
    const el = this._container;
    const size = b.getSize();
    const m = Math.min(Math.max(window.devicePixelRatio || 1, 1), 2);
    setPosition(el, b.min);
    el.width = m * size.x;
    el.height = m * size.y;
    el.style.width = size.x + 'px';
    el.style.height = size.y + 'px';
    this._ctx.scale(m, m);
    this._ctx.translate(-b.min.x, -b.min.y);
    this.fire('update');
  },
});
