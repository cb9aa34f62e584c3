'use client';
import { useEffect, useRef } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Feature } from 'geojson';
import { CANVAS_PADDING, countryStyle } from '@/lib/map-style';
import type { Countries } from '@/lib/use-basemap';
import { inSlices } from '@/lib/slices';

function countryPathStyle(f?: Feature): L.PathOptions {
  const { fill, stroke, strokeWidth } = countryStyle(f?.id);
  return { color: stroke, weight: strokeWidth, fillColor: fill, fillOpacity: 1 };
}

// A country of many parts (Russia, Canada, Indonesia…) is drawn a part per step: as one it took a
// long task on a phone. The parts keep the country's id, so they are styled as it is.
const split = new WeakMap<Countries, Feature[]>();
function parts(countries: Countries): Feature[] {
  let out = split.get(countries);
  if (!out) {
    out = countries.features.flatMap((f): Feature[] =>
      f.geometry.type === 'MultiPolygon'
        ? f.geometry.coordinates.map((coordinates) => ({
            ...f,
            geometry: { type: 'Polygon', coordinates },
          }))
        : [f],
    );
    split.set(countries, out);
  }
  return out;
}

type Props = { countries: Countries; onDrawn?: () => void };

type Drawing = { group: L.GeoJSON; renderer: L.Canvas };
const removeDrawing = ({ group, renderer }: Drawing) => {
  group.remove();
  renderer.remove();
};

/**
 * Country outlines from the bundled Natural Earth data: the whole basemap, no tiles. Drawn on one
 * canvas (not 89 SVG paths), a few milliseconds' worth of countries per task, so the page stays
 * responsive while it loads. New countries (the overview's detail, once zoomed in) are drawn on a
 * canvas of their own, hidden until complete; the old one stays on screen until then.
 */
export function Basemap({ countries, onDrawn }: Props) {
  const map = useMap();
  // The drawing on screen, which the next one replaces once it is complete.
  const shown = useRef<Drawing | undefined>(undefined);
  useEffect(
    function addCountries() {
      const pane = map.getPane('basemap') ?? map.createPane('basemap');
      pane.style.zIndex = '250';
      pane.style.pointerEvents = 'none';
      // The canvas is set up in this task and the countries drawn from the next one on: together
      // they made the slowest slice.
      const renderer = L.canvas({ pane: 'basemap', padding: CANVAS_PADDING }).addTo(map);
      // Hidden until every country is on it: the canvas is then handed to the screen once, not
      // after every slice (each hand-over of a phone-sized canvas cost as much as a slice).
      const canvas = (renderer as unknown as { _container: HTMLCanvasElement })._container;
      canvas.style.display = 'none';
      // Leaflet hands these options to every path it makes, renderer included (the types omit it).
      const group = L.geoJSON(undefined, {
        renderer,
        style: countryPathStyle,
        interactive: false,
        pane: 'basemap',
      } as L.GeoJSONOptions).addTo(map);
      const drawing = { group, renderer };
      const stop = inSlices(parts(countries), (f) => group.addData(f), {
        startNextTask: true,
        done() {
          canvas.style.display = '';
          if (shown.current) removeDrawing(shown.current);
          shown.current = drawing;
          onDrawn?.();
        },
      });
      return function stopCountries() {
        stop();
        // A drawing not yet complete goes; the one on screen stays for the next to replace.
        if (shown.current !== drawing) removeDrawing(drawing);
      };
    },
    [map, countries, onDrawn],
  );
  useEffect(
    () =>
      function removeCountries() {
        if (shown.current) removeDrawing(shown.current);
        shown.current = undefined;
      },
    [map],
  );
  return null;
}
