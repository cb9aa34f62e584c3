'use client';
import { useEffect, useMemo, useState } from 'react';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Bounds } from '@/lib/geo';
import {
  INSET_BOX_COLOUR,
  insetBox,
  insetFrame,
  insetRingCount,
  insetRingPath,
  landOf,
  type InsetFrame,
} from '@/lib/inset';
import { countryStyle, UKRAINE_ID, WATER } from '@/lib/map-style';
import { inSlices } from '@/lib/slices';

const LAND = countryStyle('');
const UKRAINE = countryStyle(UKRAINE_ID);

export const INSET_W = 120;
export const INSET_H = 96;

type Countries = readonly Feature<Polygon | MultiPolygon, unknown>[];
type Land = ReturnType<typeof landOf>;

// The outlines change only when the view reaches past Ukraine's neighbours: kept per area.
const drawn = new WeakMap<Countries, Map<string, Land>>();
const areaKey = (frame: InsetFrame) => frame.area.flat().join(',');

/**
 * The outlines for this frame: at once when this area has been drawn before; otherwise the last
 * ones shown while the new ones are drawn a few milliseconds per task (thinning and clipping every
 * country took a long task of its own on a phone, in the same task as the map's first view).
 */
function useLand(countries: Countries, frame: InsetFrame): Land | undefined {
  const cached = drawn.get(countries)?.get(areaKey(frame));
  const [last, setLast] = useState<Land>();
  useEffect(
    function drawLandInSlices() {
      if (cached) return;
      // Thinned a country per step (the first time), then drawn a ring per step.
      const paths = countries.map(() => '');
      const rings: [number, number][] = [];
      const drawRing = ([c, r]: readonly [number, number]) =>
        (paths[c] += insetRingPath(frame, countries[c], r));
      let stopDrawing = () => {};
      const stopThinning = inSlices(
        countries.map((f, c) => [f, c] as const),
        ([f, c]) => {
          for (let r = 0; r < insetRingCount(f); r++) rings.push([c, r]);
        },
        {
          startNextTask: true,
          done() {
            stopDrawing = inSlices(rings, drawRing, {
              startNextTask: true,
              done() {
                const land = landOf(countries, paths);
                const byArea = drawn.get(countries) ?? new Map<string, Land>();
                byArea.set(areaKey(frame), land);
                drawn.set(countries, byArea);
                setLast(land);
              },
            });
          },
        },
      );
      return function stopDrawingLand() {
        stopThinning();
        stopDrawing();
      };
    },
    [countries, frame, cached],
  );
  return cached ?? last;
}

type Props = { countries: Countries; view: Bounds };

/**
 * Where the map is looking, for a reader who does not know the region: Ukraine and its neighbours
 * in outline and the map's view as a box. Plain SVG, no Leaflet; hidden from screen readers, who
 * have the place's name and text in the panel.
 */
export function LocatorInset({ countries, view }: Props) {
  const [[w, s], [e, n]] = view;
  const frame = useMemo(
    () =>
      insetFrame(
        [
          [w, s],
          [e, n],
        ],
        INSET_W,
        INSET_H,
      ),
    [w, s, e, n],
  );
  const land = useLand(countries, frame);
  const box = insetBox(frame, view);
  return (
    <div className="locator-inset" data-testid="locator-inset" aria-hidden="true">
      <svg width={INSET_W} height={INSET_H} viewBox={`0 0 ${INSET_W} ${INSET_H}`}>
        <rect width={INSET_W} height={INSET_H} fill={WATER} />
        {/* Thinner strokes than the map's: the inset is a tenth of its size. */}
        {land ? (
          <>
            <path d={land.land} fill={LAND.fill} stroke={LAND.stroke} strokeWidth={0.6} />
            <path d={land.ukraine} fill={UKRAINE.fill} stroke={UKRAINE.stroke} strokeWidth={0.9} />
          </>
        ) : null}
        <rect
          className="locator-inset-view"
          x={box.x}
          y={box.y}
          width={box.w}
          height={box.h}
          fill={INSET_BOX_COLOUR}
          fillOpacity={0.12}
          stroke={INSET_BOX_COLOUR}
          strokeWidth={1.5}
        />
      </svg>
    </div>
  );
}
