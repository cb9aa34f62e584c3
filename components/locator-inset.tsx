import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Bounds } from '@/lib/geo';
import { INSET_BOX_COLOUR, insetBox, insetFrame, insetLand, type InsetFrame } from '@/lib/inset';
import { countryStyle, UKRAINE_ID, WATER } from '@/lib/map-style';

const LAND = countryStyle('');
const UKRAINE = countryStyle(UKRAINE_ID);

export const INSET_W = 120;
export const INSET_H = 96;

type Countries = readonly Feature<Polygon | MultiPolygon, unknown>[];
type Land = ReturnType<typeof insetLand>;

// The outlines change only when the view reaches past Ukraine's neighbours: kept per area.
const drawn = new WeakMap<Countries, Map<string, Land>>();
function landFor(countries: Countries, frame: InsetFrame): Land {
  const key = frame.area.flat().join(',');
  const byArea = drawn.get(countries) ?? new Map<string, Land>();
  drawn.set(countries, byArea);
  let land = byArea.get(key);
  if (!land) {
    land = insetLand(frame, countries);
    byArea.set(key, land);
  }
  return land;
}

type Props = { countries: Countries; view: Bounds };

/**
 * Where the map is looking, for a reader who does not know the region: Ukraine and its neighbours
 * in outline and the map's view as a box. Plain SVG, no Leaflet; hidden from screen readers, who
 * have the place's name and text in the panel.
 */
export function LocatorInset({ countries, view }: Props) {
  const frame = insetFrame(view, INSET_W, INSET_H);
  const land = landFor(countries, frame);
  const box = insetBox(frame, view);
  return (
    <div className="locator-inset" data-testid="locator-inset" aria-hidden="true">
      <svg width={INSET_W} height={INSET_H} viewBox={`0 0 ${INSET_W} ${INSET_H}`}>
        <rect width={INSET_W} height={INSET_H} fill={WATER} />
        {/* Thinner strokes than the map's: the inset is a tenth of its size. */}
        <path d={land.land} fill={LAND.fill} stroke={LAND.stroke} strokeWidth={0.6} />
        <path d={land.ukraine} fill={UKRAINE.fill} stroke={UKRAINE.stroke} strokeWidth={0.9} />
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
