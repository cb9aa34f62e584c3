'use client';
import { useMemo } from 'react';
import { useMap } from 'react-leaflet';
import {
  CITIES_MIN_ZOOM,
  REGIONS_MIN_ZOOM,
  tilesInView,
  type CityRow,
  type RegionRow,
} from '@/lib/context-data';
import type { Place } from '@/lib/places-schema';
import { useContextCities, useRegionTiles } from '@/lib/use-context';
import { ContextLabels } from './context-labels';
import { ContextLines } from './context-lines';
import type { Box } from './label-layout';

type Props = {
  places: readonly Place[];
  zoom: number;
  obstacles: readonly Box[];
  placedRef?: { current: readonly Box[] };
};

const NONE: never[] = [];

/**
 * What orients a stranger once the map is zoomed in past country level: main cities from zoom 5,
 * regions' outlines and names (and smaller cities) from zoom 6. Nothing is fetched before that, so
 * the first view of the whole map does not pay for it; regions come in tiles, only those in view.
 */
export function ContextLayers({ places, zoom, obstacles, placedRef }: Props) {
  const map = useMap();
  const b = map.getBounds();
  const regional = zoom >= REGIONS_MIN_ZOOM;
  const ids = regional
    ? tilesInView([
        [b.getWest(), b.getSouth()],
        [b.getEast(), b.getNorth()],
      ])
    : NONE;
  const main = useContextCities(zoom >= CITIES_MIN_ZOOM);
  const tiles = useRegionTiles(ids);
  const shownTiles = regional ? tiles.data : undefined;
  const mainCities = zoom >= CITIES_MIN_ZOOM ? main.data?.cities : undefined;

  const { cities, regions } = useMemo(() => {
    const cities: CityRow[] = [...(mainCities ?? [])];
    const regions: RegionRow[] = [];
    for (const tile of shownTiles?.values() ?? []) {
      cities.push(...tile.cities);
      regions.push(...tile.regions);
    }
    return { cities, regions };
  }, [mainCities, shownTiles]);

  return (
    <>
      <ContextLines tiles={shownTiles} />
      <ContextLabels
        places={places}
        zoom={zoom}
        cities={cities}
        regions={regions}
        obstacles={obstacles}
        placedRef={placedRef}
      />
    </>
  );
}
