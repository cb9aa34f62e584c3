import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  allTileIds,
  checked,
  isCitiesFile,
  isRegionTile,
  type CitiesFile,
  type RegionTile,
} from './context-data';

// The context layers' data files, read and checked once per server process: a broken file fails
// `next build`. Each tile is served with the file's source and licence.
const read = (file: string): unknown =>
  JSON.parse(readFileSync(path.join(process.cwd(), 'data', file), 'utf8'));

let cities: CitiesFile | undefined;
export function getContextCities(): CitiesFile {
  cities ??= checked(read('context-cities.json'), isCitiesFile, 'data/context-cities.json');
  return cities;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

let tiles: Map<string, RegionTile> | undefined;
export function getRegionTile(id: string): RegionTile | undefined {
  if (!tiles) {
    const file = read('context-regions.json');
    if (!isRecord(file) || !isRecord(file.tiles))
      throw new Error('data/context-regions.json: no tiles');
    const { source, license } = file;
    const all = file.tiles;
    tiles = new Map(
      allTileIds().map((tile) => {
        const t = all[tile];
        const what = `data/context-regions.json tile ${tile}`;
        // A tile with nothing in it is served empty, so every tile of the grid exists.
        const data = isRecord(t) ? { source, license, ...t } : { source, license };
        const full = { regions: [], cities: [], lines: [], ...data };
        return [tile, checked(full, isRegionTile, what)];
      }),
    );
  }
  return tiles.get(id);
}
