'use client';
import { useEffect, useRef } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import { decodeLine, type RegionTile } from '@/lib/context-data';
import { toLatLng } from '@/lib/geo';
import { CANVAS_PADDING } from '@/lib/map-style';

type Props = { tiles?: ReadonlyMap<string, RegionTile> };

// Lighter than the country borders (#a8a8a8, 0.8 px) and dashed: context, not a mark.
const STYLE: L.PolylineOptions = {
  color: '#b3aea5',
  weight: 0.6,
  dashArray: '3 3',
  interactive: false,
  pane: 'context',
};

/** The lines between the regions of each country, one canvas path per tile in view. */
export function ContextLines({ tiles }: Props) {
  const map = useMap();
  const drawn = useRef(new Map<string, L.Polyline>());
  const renderer = useRef<L.Canvas | undefined>(undefined);

  useEffect(
    function drawTiles() {
      if (!map.getPane('context')) {
        const pane = map.createPane('context');
        pane.style.zIndex = '260';
        pane.style.pointerEvents = 'none';
      }
      for (const [id, line] of drawn.current)
        if (!tiles?.has(id)) {
          line.remove();
          drawn.current.delete(id);
        }
      for (const [id, tile] of tiles ?? []) {
        if (drawn.current.has(id) || !tile.lines.length) continue;
        const lines = tile.lines.map((l) => decodeLine(l).map(toLatLng));
        // Made with the first line to draw: a canvas of its own costs the browser at every frame,
        // even empty (the whole map's first view, below the regions' zoom, draws none).
        renderer.current ??= L.canvas({ pane: 'context', padding: CANVAS_PADDING }).addTo(map);
        drawn.current.set(
          id,
          L.polyline(lines, { ...STYLE, renderer: renderer.current }).addTo(map),
        );
      }
    },
    [map, tiles],
  );

  useEffect(
    () =>
      function removeLines() {
        for (const line of drawn.current.values()) line.remove();
        drawn.current.clear();
        renderer.current?.remove();
        renderer.current = undefined;
      },
    [],
  );
  return null;
}
