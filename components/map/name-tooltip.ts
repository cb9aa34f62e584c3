import * as L from 'leaflet';
import { place2d } from './place-2d';

type Placed = {
  _map: L.Map;
  _container: HTMLElement;
  options: L.TooltipOptions;
  _getAnchor(): L.Point;
};

/**
 * A mark's name: a Leaflet tooltip that never measures itself. Leaflet's own reads its
 * `offsetWidth` and `offsetHeight` each time it places one (to set it beside its anchor), and
 * each read made the browser lay out the page then and there, between the writes of the marks
 * being added: 3 to 9 times per move of a timeline range on the 5,000-article map, 15–45 ms. This
 * one puts its corner at the anchor and lets CSS centre it on its side (`translate` in
 * globals.css, which the browser applies after Leaflet's `transform`), measuring nothing. Marks'
 * names sit left or right of their mark, so those are the sides it knows. Placed in 2D, as marks
 * are (place-2d.ts).
 */
export const NameTooltip: new (options: L.TooltipOptions) => L.Tooltip = L.Tooltip.extend({
  _setPosition(this: Placed, pos: L.Point) {
    const side = this.options.direction === 'left' ? 'left' : 'right';
    const container = this._container;
    container.classList.remove('leaflet-tooltip-left', 'leaflet-tooltip-right');
    container.classList.add(`leaflet-tooltip-${side}`);
    const offset = L.point(this.options.offset ?? [0, 0]);
    place2d(container, pos.add(offset).add(this._getAnchor()));
  },
});
