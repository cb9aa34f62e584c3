'use client';
import {
  CONTEXT_CITIES_KEY,
  checked,
  isCitiesFile,
  isRegionTile,
  regionTileUrl,
  type CitiesFile,
  type RegionTile,
} from './context-data';
import { fetchJson } from './fetch-json';
import { useFetched } from './use-fetched';

async function fetchCities(url: string): Promise<CitiesFile> {
  return fetchJson(url, (v) => checked(v, isCitiesFile, url));
}

// Each tile is asked for once per page, whichever views it turns up in.
const tiles = new Map<string, Promise<RegionTile>>();
function fetchTile(id: string): Promise<RegionTile> {
  const url = regionTileUrl(id);
  let tile = tiles.get(id);
  if (!tile) {
    tile = fetchJson(url, (v) => checked(v, isRegionTile, url));
    // A failed tile is asked for again next time it is in view.
    tile.catch(() => tiles.delete(id));
    tiles.set(id, tile);
  }
  return tile;
}

/** The main cities; `null` (nothing fetched) until the map is zoomed in far enough to show them. */
export function useContextCities(wanted: boolean) {
  return useFetched(wanted ? CONTEXT_CITIES_KEY : null, fetchCities);
}

/** The key of a set of region tiles: the tiles' path, then their ids. */
const tilesKey = (ids: readonly string[]) => `${regionTileUrl('')}${ids.join(',')}`;

async function fetchTiles(key: string): Promise<Map<string, RegionTile>> {
  const ids = key.slice(tilesKey([]).length).split(',');
  return new Map(await Promise.all(ids.map(async (id) => [id, await fetchTile(id)] as const)));
}

/**
 * The region tiles in view (their ids from `tilesInView`); none asked for when `ids` is empty.
 * While the tiles of a new view load, the last ones stay on the map.
 */
export function useRegionTiles(ids: readonly string[]) {
  return useFetched(ids.length ? tilesKey(ids) : null, fetchTiles, { keepPrevious: true });
}
