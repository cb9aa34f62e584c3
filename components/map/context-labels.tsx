'use client';
import { useEffect, useRef } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { CityRow, RegionRow } from '@/lib/context-data';
import { boundsOf, pointInPolygon, toLatLng, type Bounds } from '@/lib/geo';
import type { Place } from '@/lib/places-schema';
import { BoxGrid, centredLabelBox, insideView, type Box } from './label-layout';
import { inNextTask, inSlices } from '@/lib/slices';
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

type Area = { bounds: Bounds; rings: readonly (readonly (readonly number[])[])[] };
// The article's regions as polygons with their bounds, and the answers already given: a region's
// name points never move, and testing one against every edge of every region took most of a long
// task each time the names were laid out.
const areasOf = new WeakMap<readonly Place[], Area[]>();
const answers = new WeakMap<readonly Place[], Map<string, boolean>>();

function areas(places: readonly Place[]): Area[] {
  let out = areasOf.get(places);
  if (!out) {
    out = places.flatMap((p) => {
      const g = p.geometry;
      const polys =
        g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      return polys.map((rings) => ({ bounds: boundsOf(rings[0]), rings }));
    });
    areasOf.set(places, out);
  }
  return out;
}

/** Whether a point is inside one of the article's regions (which are named by their own mark). */
function inPlace(places: readonly Place[], at: readonly number[]): boolean {
  const known = answers.get(places) ?? new Map<string, boolean>();
  answers.set(places, known);
  const key = at.join(',');
  let inside = known.get(key);
  if (inside === undefined) {
    const [x, y] = at;
    inside = areas(places).some(
      ({ bounds: [[w, s], [e, n]], rings }) =>
        x >= w && x <= e && y >= s && y <= n && pointInPolygon(at, rings),
    );
    known.set(key, inside);
  }
  return inside;
}

type Layout = Omit<Props, 'placedRef'> & {
  map: L.Map;
  /** Country and sea names already placed. */
  placed: readonly Box[];
  /** The names on the map, by key: updated to what fits now. */
  shown: Map<string, L.Marker>;
};

/** Lays the names out, removes those that no longer fit and adds the new ones in slices. */
function layoutContextLabels({
  map,
  zoom,
  places,
  cities,
  regions,
  obstacles,
  placed,
  shown,
}: Layout): () => void {
  if (!map.getPane('labels')) {
    const pane = map.createPane('labels');
    pane.style.zIndex = '350';
    pane.style.pointerEvents = 'none';
  }
  const view = zoom === map.getZoom() ? map.getPixelBounds() : undefined;
  const taken = new BoxGrid([...obstacles, ...placed, ...(view ? insetBoxes(map, view) : [])]);
  const fits = (b: Box) => !taken.hits(b) && (!view || insideView(b, view));
  const wanted = new Map<string, Label>();

  // Each city, then each region, is one step of the layout; the steps run a few milliseconds'
  // worth per task, in this order (the order is what decides who gives way).
  const placeCity = ([id, name, lon, lat, , capital]: CityRow) => {
    const pt = map.project(toLatLng([lon, lat]), zoom);
    const dot = { x1: pt.x - DOT, y1: pt.y - DOT, x2: pt.x + DOT, y2: pt.y + DOT };
    const w = textWidth(name, capital ? CAPITAL : CITY);
    const y1 = pt.y - LINE_H / 2;
    const y2 = pt.y + LINE_H / 2;
    const right = { x1: pt.x + GAP - 1, y1, x2: pt.x + GAP + w + 1, y2 };
    const left = { x1: pt.x - GAP - w - 1, y1, x2: pt.x - GAP + 1, y2 };
    if (!fits(dot)) return;
    const side = fits(right) ? 'right' : fits(left) ? 'left' : undefined;
    // A dot with no name tells a stranger nothing: both go, or neither.
    if (!side) return;
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
  };

  // A region has several places its name may go: the one nearest the middle of the view
  // that is free is used.
  const centre = map.project(map.getCenter(), zoom);
  const placeRegion = (spots: readonly RegionRow[]) => {
    const [iso, name] = spots[0];
    // Spots inside one of the article's regions are left to that region's own mark.
    const rows = spots.filter((r) => !inPlace(places, [r[2], r[3]]));
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
  };

  const byRank = [...cities].sort((a, b) => b[5] - a[5] || b[4] - a[4]);
  const spots = new Map<string, RegionRow[]>();
  for (const r of regions)
    if (zoom + 1 >= r[4]) {
      const rows = spots.get(r[0]);
      if (rows) rows.push(r);
      else spots.set(r[0], [r]);
    }
  const byPriority = [...spots.values()].sort(
    (a, b) => a[0][4] - b[0][4] || a[0][1].localeCompare(b[0][1]),
  );
  const steps = [
    ...byRank.map((c) => () => placeCity(c)),
    ...byPriority.map((rows) => () => placeRegion(rows)),
  ];

  let stopAdding = () => {};
  // From the next task on: the work above (sorting the cities, the obstacles' grid) had its own.
  const stopLayout = inSlices(steps, (step) => step(), {
    startNextTask: true,
    done() {
      for (const [key, m] of shown)
        if (!wanted.has(key)) {
          m.remove();
          shown.delete(key);
        }
      const toAdd = [...wanted.values()].filter((l) => !shown.has(l.key));
      stopAdding = inSlices(
        toAdd,
        (l) => {
          const icon = L.divIcon({ className: l.className, html: l.make(), iconSize: [0, 0] });
          const marker = L.marker(toLatLng(l.at), {
            icon,
            interactive: false,
            keyboard: false,
            pane: 'labels',
          });
          shown.set(l.key, marker.addTo(map));
        },
        // Not in the task whose slice of the layout has just run.
        { startNextTask: true },
      );
    },
  });
  return function stopPlacing() {
    stopLayout();
    stopAdding();
  };
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
      let stop = () => {};
      // In a task of its own, after the country names (MapLabels) and the marks.
      const cancel = inNextTask(() => {
        const placed = placedRef?.current ?? [];
        const args = { map, zoom, places, cities, regions, obstacles, placed };
        stop = layoutContextLabels({ ...args, shown: shown.current });
      });
      return function stopPlacing() {
        cancel();
        stop();
      };
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
