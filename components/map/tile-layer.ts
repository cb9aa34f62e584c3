// The optional online tile layer (NEXT_PUBLIC_TILE_URL, opt-in at build time) in a chunk of its
// own: the offline default never loads it, and Leaflet's grid and tile layers stay out of the map's
// bundle (components/map/leaflet-subset.js leaves them out).
import { TileLayer } from 'leaflet/src/layer/tile/TileLayer';
import type * as L from 'leaflet';

export function createTileLayer(url: string, attribution?: string): L.TileLayer {
  return new TileLayer(url, { attribution });
}
