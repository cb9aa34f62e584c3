'use client';
import { useEffect, useRef } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { CityRow, RegionRow } from '@/lib/context-data';
import { pointInPolygon, toLatLng } from '@/lib/geo';
import type { Place } from '@/lib/places-schema';
import { BoxGrid, centredLabelBox, insideView, type Box } from './label-layout';
import { inSlices } from './slices';
import { textWidth, type TextStyle } from './text-width';

type Props = {
  places: readonly Place[];
  zoom: number;
  cities: readonly CityRow[];
  regions: readonly RegionRow[];
  /** Marks, place names and the map's controls: context goes around them. */
  obstacles: readonly Box[];
  /** Country and sea names already placed (filled in by MapLabels). */
  placedRef?: { current: readonly Box[] };
};

const CITY: TextStyle = { px: 11.5 };
const CAPITAL: TextStyle = { px: 11.5, weight: 600 };
const REGION: TextStyle = { px: 12.5, smallCaps: true, letterSpacingEm: 0.1 };
const DOT = 3;
const GAP = 5;
const LINE_H = 16;

type Label = { key: string; at: readonly number[]; make: () => HTMLElement; className: string };

function span(className: string, text = ''): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = className;
  s.textContent = text;
  return s;
}

/** The inset sits over the map like its controls: names keep clear of it. */
function insetBoxes(map: L.Map, view: L.Bounds): Box[] {
  const frame = map.getContainer().getBoundingClientRect();
  const el = map.getContainer().querySelector('.locator-inset');
  const r = el?.getBoundingClientRect();
  if (!r || !r.width || !view.min) return [];
  const x = view.min.x - frame.left;
  const y = view.min.y - frame.top;
  return [{ x1: r.left + x, y1: r.top + y, x2: r.right + x, y2: r.bottom + y }];
}

/** Whether a point is inside one of the article's regions (which are named by their own mark). */
function inPlace(places: readonly Place[], at: readonly number[]): boolean {
  return places.some((p) => {
    const g = p.geometry;
    if (g.type === 'Polygon') return pointInPolygon(at, g.coordinates);
    if (g.type === 'MultiPolygon') return g.coordinates.some((poly) => pointInPolygon(at, poly));
    return false;
  });
}

/**
 * Names of main cities (a small dot and the name beside it) and of regions (small caps), placed
 * after everything else and only where they cover no mark, no place's name, no country or sea
 * name and no control: when space runs out, context goes first. Capitals, then the largest cities,
 * then regions by Natural Earth's own priority.
 */
export function ContextLabels({ places, zoom, cities, regions, obstacles, placedRef }: Props) {
  const map = useMap();
  const shown = useRef(new Map<string, L.Marker>());

  useEffect(
    function placeContextLabels() {
      if (!map.getPane('labels')) {
        const pane = map.createPane('labels');
        pane.style.zIndex = '350';
        pane.style.pointerEvents = 'none';
      }
      const view = zoom === map.getZoom() ? map.getPixelBounds() : undefined;
      const taken = new BoxGrid([
        ...obstacles,
        ...(placedRef?.current ?? []),
        ...(view ? insetBoxes(map, view) : []),
      ]);
      const fits = (b: Box) => !taken.hits(b) && (!view || insideView(b, view));
      const wanted = new Map<string, Label>();

      const byRank = [...cities].sort((a, b) => b[5] - a[5] || b[4] - a[4]);
      for (const [id, name, lon, lat, , capital] of byRank) {
        const pt = map.project(toLatLng([lon, lat]), zoom);
        const dot = { x1: pt.x - DOT, y1: pt.y - DOT, x2: pt.x + DOT, y2: pt.y + DOT };
        const w = textWidth(name, capital ? CAPITAL : CITY);
        const y1 = pt.y - LINE_H / 2;
        const y2 = pt.y + LINE_H / 2;
        const right = { x1: pt.x + GAP - 1, y1, x2: pt.x + GAP + w + 1, y2 };
        const left = { x1: pt.x - GAP - w - 1, y1, x2: pt.x - GAP + 1, y2 };
        if (!fits(dot)) continue;
        const side = fits(right) ? 'right' : fits(left) ? 'left' : undefined;
        // A dot with no name tells a stranger nothing: both go, or neither.
        if (!side) continue;
        taken.add(dot);
        taken.add(side === 'right' ? right : left);
        const className = `context-label context-city context-city--${side}${capital ? ' context-city--capital' : ''}`;
        wanted.set(`city:${id}:${side}`, {
          key: `city:${id}:${side}`,
          at: [lon, lat],
          className,
          make() {
            const el = span('context-city-mark');
            el.append(span('context-dot'), span('context-name', name));
            return el;
          },
        });
      }

      // A region has several places its name may go: the one nearest the middle of the view
      // that is free is used.
      const centre = map.project(map.getCenter(), zoom);
      const spots = new Map<string, RegionRow[]>();
      for (const r of regions)
        if (zoom + 1 >= r[4] && !inPlace(places, [r[2], r[3]]))
          spots.set(r[0], [...(spots.get(r[0]) ?? []), r]);
      const byPriority = [...spots.values()].sort(
        (a, b) => a[0][4] - b[0][4] || a[0][1].localeCompare(b[0][1]),
      );
      for (const rows of byPriority) {
        const [iso, name] = rows[0];
        const near = rows
          .map((r) => ({ at: [r[2], r[3]], pt: map.project(toLatLng([r[2], r[3]]), zoom) }))
          .sort((a, b) => a.pt.distanceTo(centre) - b.pt.distanceTo(centre));
        for (const { at } of near) {
          const box = centredLabelBox(map, zoom, at, name, REGION);
          if (!fits(box)) continue;
          taken.add(box);
          const key = `region:${iso}:${at.join(',')}`;
          wanted.set(key, {
            key,
            at,
            className: 'context-label context-region',
            make: () => span('', name),
          });
          break;
        }
      }

      for (const [key, m] of shown.current)
        if (!wanted.has(key)) {
          m.remove();
          shown.current.delete(key);
        }
      const toAdd = [...wanted.values()].filter((l) => !shown.current.has(l.key));
      return inSlices(toAdd, (l) => {
        const icon = L.divIcon({ className: l.className, html: l.make(), iconSize: [0, 0] });
        const marker = L.marker(toLatLng(l.at), {
          icon,
          interactive: false,
          keyboard: false,
          pane: 'labels',
        });
        shown.current.set(l.key, marker.addTo(map));
      });
    },
    [map, zoom, places, cities, regions, obstacles, placedRef],
  );

  useEffect(
    () =>
      function removeContextLabels() {
        for (const m of shown.current.values()) m.remove();
        shown.current.clear();
      },
    [],
  );
  return null;
}
