'use client';
import { useEffect, useRef } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import labels from '@/data/labels.json';
import { toLatLng } from '@/lib/geo';
import { asMapLabels } from '@/lib/json-guards';
import type { Countries } from '@/lib/use-basemap';
import { BoxGrid, centredLabelBox, insideView, pixelView, type Box } from './label-layout';
import { inNextTask, inSlices } from '@/lib/slices';
import { textWidth, type TextStyle } from './text-width';

type Props = {
  countries: Countries;
  zoom: number;
  obstacles: readonly Box[];
  /** Filled in with the boxes of the names placed, for the context layers to keep clear of. */
  placedRef?: { current: readonly Box[] };
};
type Label = {
  key: string;
  at: readonly number[];
  text: string;
  className: string;
  style: TextStyle;
};

/** Bigger countries are named from further out; smaller ones only as the map zooms in. */
function countryMinZoom(area: number): number {
  return area >= 40 ? 3 : area >= 10 ? 4 : area >= 3 ? 5 : area >= 0.8 ? 6 : 8;
}
function countrySize(area: number): number {
  return area >= 100 ? 15 : area >= 20 ? 13 : 11.5;
}
const SEA_SIZE = 12;
// Bundled with the code, but still data: checked once, as the module loads.
const SEAS = asMapLabels(labels).seas;

/** A text label's marker; the name goes in as text, never as markup. */
function labelMarker({ at, text, className, style }: Label): L.Marker {
  const span = document.createElement('span');
  span.textContent = text;
  span.style.fontSize = `${style.px}px`;
  const icon = L.divIcon({ className: `map-label ${className}`, html: span, iconSize: [0, 0] });
  return L.marker(toLatLng(at), { icon, interactive: false, keyboard: false, pane: 'labels' });
}

type Layout = Omit<Props, 'placedRef'> & {
  map: L.Map;
  /** The names on the map, by key: updated to what fits now. */
  shown: Map<string, L.Marker>;
  /** Filled in with the boxes of the names placed. */
  placed: (boxes: readonly Box[]) => void;
};

/** Lays the names out, removes those that no longer fit and adds the new ones in slices. */
function layoutMapLabels({ map, countries, zoom, obstacles, shown, placed: setPlaced }: Layout) {
  if (!map.getPane('labels')) {
    const pane = map.createPane('labels');
    pane.style.zIndex = '350';
    pane.style.pointerEvents = 'none';
  }
  const placed = new BoxGrid(obstacles);
  // Only names wholly on the map: one cut by its edge is left off until the map moves.
  const view = pixelView(map, zoom);
  const fits = (l: Label) => {
    const box = centredLabelBox(map, zoom, l.at, l.text, l.style);
    if (placed.hits(box) || (view && !insideView(box, view))) return false;
    placed.add(box);
    boxes.push(box);
    return true;
  };
  const boxes: Box[] = [];
  const seas: Label[] = SEAS.filter((s) => zoom >= s.minZoom).map((s) => ({
    key: `sea:${s.name}`,
    at: s.at,
    text: s.name,
    className: 'sea-label',
    style: { px: SEA_SIZE, italic: true, letterSpacingEm: 0.04 },
  }));
  const lands: Label[] = [...countries.features]
    .sort((a, b) => b.properties.area - a.properties.area)
    .filter((f) => zoom >= countryMinZoom(f.properties.area))
    .map((f) => ({
      key: `country:${f.id}`,
      at: f.properties.label,
      text: f.properties.name,
      className: 'country-label',
      style: { px: countrySize(f.properties.area), smallCaps: true, letterSpacingEm: 0.06 },
    }));
  const labels = [...seas, ...lands];
  let stopAdding = () => {};
  function place() {
    const wanted = new Map(labels.filter(fits).map((l) => [l.key, l]));
    setPlaced(boxes);
    // Add and remove only what changed since the last zoom.
    for (const [key, m] of shown) {
      if (!wanted.has(key)) {
        m.remove();
        shown.delete(key);
      }
    }
    // New names go on a few milliseconds' worth per task, as the countries did.
    const toAdd = [...wanted.values()].filter((l) => !shown.has(l.key));
    stopAdding = inSlices(toAdd, (l) => shown.set(l.key, labelMarker(l).addTo(map)), {
      startNextTask: true,
    });
  }
  // The names are measured first, a few milliseconds' worth per task, and placed once all are: the
  // first name of a size or style the page has not drawn waits on the system's fonts (measured all
  // in one task at start-up: 6 to 14 ms at 1x; widths are kept, so a later zoom measures none).
  const stopMeasuring = inSlices(labels, (l) => textWidth(l.text, l.style), { done: place });
  return function stopPlacing() {
    stopMeasuring();
    stopAdding();
  };
}

/** Country names (small caps) and sea names (italic), left off where they would cover a mark or a name. */
export function MapLabels({ countries, zoom, obstacles, placedRef }: Props) {
  const map = useMap();
  const shown = useRef(new Map<string, L.Marker>());

  useEffect(
    function placeLabels() {
      let stop = () => {};
      // In a task of its own, after the marks and the countries.
      const cancel = inNextTask(() => {
        const placed = (boxes: readonly Box[]) => {
          if (placedRef) placedRef.current = boxes;
        };
        stop = layoutMapLabels({ map, countries, zoom, obstacles, shown: shown.current, placed });
      });
      return function stopPlacing() {
        cancel();
        stop();
      };
    },
    [map, countries, zoom, obstacles, placedRef],
  );

  useEffect(
    () =>
      function removeLabels() {
        for (const m of shown.current.values()) m.remove();
        shown.current.clear();
      },
    [],
  );
  return null;
}
