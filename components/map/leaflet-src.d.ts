// Leaflet's own ES modules, imported directly where the subset leaves a part out; typed as the
// same classes @types/leaflet describes.
declare module 'leaflet/src/layer/tile/TileLayer' {
  export { TileLayer } from 'leaflet';
}
