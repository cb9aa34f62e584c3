'use client';
import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Feature } from 'geojson';
import type { Countries } from '@/lib/use-basemap';

const UKRAINE = '804';
// Countries drawn per task: small enough that no task blocks the page for long.
const BATCH = 10;

function countryStyle(f?: Feature): L.PathOptions {
  const ukraine = f?.id === UKRAINE;
  return {
    color: ukraine ? '#6f6a60' : '#a8a8a8',
    weight: ukraine ? 1.4 : 0.8,
    fillColor: ukraine ? '#fbf1d9' : '#f6f4ef',
    fillOpacity: 1,
  };
}

type Props = { countries: Countries; attribution: string; onDrawn?: () => void };

/**
 * Country outlines from the bundled Natural Earth data: the whole basemap, no tiles. Drawn on one
 * canvas (not 89 SVG paths) and a few countries per task, so the page stays responsive while it loads.
 */
export function Basemap({ countries, attribution, onDrawn }: Props) {
  const map = useMap();
  useEffect(
    function addCountries() {
      const pane = map.getPane('basemap') ?? map.createPane('basemap');
      pane.style.zIndex = '250';
      pane.style.pointerEvents = 'none';
      const renderer = L.canvas({ pane: 'basemap', padding: 0.3 });
      const group = L.layerGroup().addTo(map);
      map.attributionControl?.addAttribution(attribution);
      let next = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const drawBatch = () => {
        const features = countries.features.slice(next, next + BATCH);
        // Leaflet hands these options to every path it makes, renderer included (the types omit it).
        const options = { renderer, style: countryStyle, interactive: false, pane: 'basemap' } as L.GeoJSONOptions;
        L.geoJSON({ type: 'FeatureCollection', features } as Countries, options).addTo(group);
        next += BATCH;
        if (next < countries.features.length) timer = setTimeout(drawBatch, 0);
        else onDrawn?.();
      };
      drawBatch();
      return function removeCountries() {
        clearTimeout(timer);
        group.remove();
        renderer.remove();
        map.attributionControl?.removeAttribution(attribution);
      };
    },
    [map, countries, attribution, onDrawn],
  );
  return null;
}
