import type L from 'leaflet';
import { toLatLng } from '@/lib/geo';
import { markerOf } from '@/lib/place-geometry';
import type { Place } from '@/lib/places-schema';
import { within, type Box } from '@/lib/boxes';
import { layoutMarks, type MarkLayout } from '@/lib/mark-layout';
import { textWidth, type TextStyle } from './text-width';

export { BoxGrid, overlaps, type Box } from '@/lib/boxes';
export type { Offset, Side } from '@/lib/mark-layout';
export type LabelLayout = MarkLayout;

// A place's name: 13 px semibold, with 4 px padding each side.
const NAME_STYLE: TextStyle = { px: 13, weight: 600 };
const NAME_PAD = 8;

/** The visible map in its pixel coordinates at `zoom`; none while the map is on its way there. */
export function pixelView(map: L.Map, zoom: number): L.Bounds | undefined {
  return zoom === map.getZoom() ? map.getPixelBounds() : undefined;
}

const boxOf = (b: L.Bounds): Box | undefined =>
  b.min && b.max ? { x1: b.min.x, y1: b.min.y, x2: b.max.x, y2: b.max.y } : undefined;

/**
 * Where marks and names go at this zoom (see `layoutMarks`): the places projected to pixels and
 * their names measured in the page's font. Returns the boxes other labels must avoid.
 */
export function layoutPlaceLabels(
  map: L.Map,
  zoom: number,
  places: readonly Place[],
  selectedId?: string,
  view = pixelView(map, zoom),
  clusters: readonly ClusterDisc[] = [],
): LabelLayout {
  const marks = places.map((p) => {
    const at = map.project(toLatLng(markerOf(p)), zoom);
    const labelWidth = textWidth(p.properties.name, NAME_STYLE) + NAME_PAD;
    return { id: p.id, x: at.x, y: at.y, selected: p.id === selectedId, labelWidth };
  });
  // The map's own buttons and the legend sit over it, and a big collection's cluster buttons lie
  // between the marks: names go around them like around marks.
  const discs = clusters.map(({ lonLat, size }) => {
    const at = map.project(toLatLng(lonLat), zoom);
    return { x1: at.x - size / 2, y1: at.y - size / 2, x2: at.x + size / 2, y2: at.y + size / 2 };
  });
  return layoutMarks(marks, view && boxOf(view), [
    ...(view ? controlBoxes(map, view) : []),
    ...discs,
  ]);
}

/** A cluster's button: a disc `size` px across, centred on `lonLat`. */
export type ClusterDisc = { lonLat: readonly number[]; size: number };

/** Whether a box (in the map's pixel coordinates) lies wholly inside the visible map. */
export function insideView(b: Box, view: L.Bounds): boolean {
  const v = boxOf(view);
  return !!v && within(b, v);
}

// The controls' boxes in the map's frame, measured once for each size of the map and state of the
// timeline (open, it lifts the legend and the zoom buttons; globals.css): measuring them makes the
// browser lay out the page then and there, and names are laid out again at every move of the map
// and of a timeline range.
const measured = new WeakMap<L.Map, { key: string; boxes: Box[] }>();

/** The zoom buttons and the legend, as boxes in the map's pixel coordinates. */
function controlBoxes(map: L.Map, view: L.Bounds): Box[] {
  const container = map.getContainer();
  const area = container.closest('.map-area') ?? container;
  const { x: w, y: h } = map.getSize();
  const open = !!container
    .closest('.map-area, .brief-map')
    ?.querySelector('.timeline:not(.timeline--collapsed)');
  const key = `${w}x${h}${open ? ' timeline' : ''}`;
  let inFrame = measured.get(map);
  if (inFrame?.key !== key) {
    const frame = container.getBoundingClientRect();
    const boxes = [...area.querySelectorAll('.leaflet-control-zoom, .map-legend')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (!r.width) return [];
      const [x, y] = [frame.left, frame.top];
      return [{ x1: r.left - x, y1: r.top - y, x2: r.right - x, y2: r.bottom - y }];
    });
    inFrame = { key, boxes };
    // None found (not drawn yet, or hidden): measured again next time.
    if (boxes.length) measured.set(map, inFrame);
  }
  const min = view.min;
  if (!min) return [];
  return inFrame.boxes.map((b) => ({
    x1: b.x1 + min.x,
    y1: b.y1 + min.y,
    x2: b.x2 + min.x,
    y2: b.y2 + min.y,
  }));
}

/** The box of a centred map label (country or sea name) at this zoom. */
export function centredLabelBox(
  map: L.Map,
  zoom: number,
  at: readonly number[],
  text: string,
  style: TextStyle,
): Box {
  const pt = map.project(toLatLng(at), zoom);
  const w = textWidth(text, style) + 4;
  return {
    x1: pt.x - w / 2,
    y1: pt.y - style.px * 0.7,
    x2: pt.x + w / 2,
    y2: pt.y + style.px * 0.7,
  };
}
