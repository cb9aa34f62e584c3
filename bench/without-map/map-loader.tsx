'use client';

/**
 * The map's loader as `npm run bench -- --without-map` builds it (next.config.js points
 * `@/components/map/map-loader` here when BENCH_WITHOUT_MAP=1): every page the same, with its
 * build-time first view, but no Leaflet and no map data. Measured beside the framework floor and
 * the real pages, it shows what the pages cost before the map's own start-up, and so how much of
 * the gap to the floor the map's work can close at most. Never part of the app's own builds.
 */
export function MapLoader() {
  return <div className="map-frame map-frame--loading" aria-busy="true" />;
}
