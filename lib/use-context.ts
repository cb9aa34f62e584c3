'use client';
import useSWR from 'swr';
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

const OPTIONS = { revalidateIfStale: false, revalidateOnFocus: false } as const;

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
  return useSWR<CitiesFile>(wanted ? CONTEXT_CITIES_KEY : null, fetchCities, OPTIONS);
}

/**
 * The region tiles in view (their ids from `tilesInView`); none asked for when `ids` is empty.
 * While the tiles of a new view load, the last ones stay on the map.
 */
export function useRegionTiles(ids: readonly string[]) {
  const key = ids.length ? `${regionTileUrl('')}${ids.join(',')}` : null;
  return useSWR<Map<string, RegionTile>>(
    key,
    async () =>
      new Map(await Promise.all(ids.map(async (id) => [id, await fetchTile(id)] as const))),
    { ...OPTIONS, keepPreviousData: true },
  );
}
