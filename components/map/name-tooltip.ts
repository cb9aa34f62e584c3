import * as L from 'leaflet';

/**
 * A mark's name: Leaflet's tooltip, placed in batches. Leaflet reads a tooltip's size as it
 * places it, and that read makes the browser lay out the page then and there; the tooltip placed
 * before has just made that layout stale. A move of the map or of a timeline range opens several
 * names at once: here they are placed together once the task's work is done, all sizes read
 * first (one layout), then every position written.
 */
type Internals = {
  _map?: L.Map;
  _container?: HTMLElement;
  _latlng?: L.LatLng;
  _size?: readonly [number, number];
  _getAnchor(): L.Point;
  options: L.TooltipOptions;
};
type Tip = L.Tooltip & Internals;

const waiting = new Set<Tip>();

function placeWaiting() {
  const tips = [...waiting].filter((t) => t._map && t._container && t._latlng);
  waiting.clear();
  for (const t of tips) t._size = [t._container!.offsetWidth, t._container!.offsetHeight];
  for (const t of tips) setPosition(t, t._map!.latLngToLayerPoint(t._latlng!));
}

/** Leaflet's placing of a tooltip on the left or right (the only sides a name takes). */
function setPosition(t: Tip, at: L.Point) {
  const container = t._container!;
  const [width, height] = t._size ?? [container.offsetWidth, container.offsetHeight];
  const side = t.options.direction === 'left' ? 'left' : 'right';
  const pos = at
    .subtract(L.point(side === 'left' ? width : 0, height / 2, true))
    .add(L.point(t.options.offset ?? [0, 0]))
    .add(t._getAnchor());
  container.classList.remove('leaflet-tooltip-left', 'leaflet-tooltip-right');
  container.classList.add(`leaflet-tooltip-${side}`);
  L.DomUtil.setPosition(container, pos);
}

const NameTooltip = L.Tooltip.extend({
  _updatePosition(this: Tip) {
    this._size = undefined;
    waiting.add(this);
    if (waiting.size === 1) queueMicrotask(placeWaiting);
  },
  // Also what Leaflet calls through a zoom's animation, with the size last read.
  _setPosition(this: Tip, at: L.Point) {
    setPosition(this, at);
  },
}) as unknown as new (options: L.TooltipOptions) => L.Tooltip;

/** A name to bind to a mark (`marker.bindTooltip(nameTooltip(…))`). */
export function nameTooltip(content: HTMLElement, options: L.TooltipOptions): L.Tooltip {
  return new NameTooltip(options).setContent(content);
}
