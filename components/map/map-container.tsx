'use client';
import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import * as L from 'leaflet';
import {
  createLeafletContext,
  LeafletContext,
  type LeafletContextInterface,
} from '@react-leaflet/core';

type Props = L.MapOptions & {
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
  /** Where the map opens, unless `center` and `zoom` say. Read once, as the map is made. */
  bounds?: L.LatLngBoundsExpression;
  /**
   * The sources, in the attribution from the map's first paint on. Added a task later, with the
   * map's content, it grew from Leaflet's name alone to two lines on a phone: a layout shift.
   */
  attribution?: string;
};

/**
 * react-leaflet's MapContainer, with one difference: what goes inside the map is first rendered in
 * a browser task after the one that makes the map. react-leaflet hands the map to its children
 * from the commit that made it, so React rendered and committed them at once, in the same task:
 * making the map and its first content was one task of 20 to 26 ms at 1x, over the 12.5 ms that
 * stays under 50 ms at Lighthouse's 4x slowdown.
 */
export function MapContainer({
  className,
  style,
  children,
  bounds,
  attribution,
  ...options
}: Props) {
  const node = useRef<HTMLDivElement>(null);
  // Like react-leaflet's: the map is made with the props of the first render.
  const [opening] = useState(() => ({ bounds, attribution, options }));
  const [context, setContext] = useState<LeafletContextInterface | null>(null);
  useLayoutEffect(
    function makeMap() {
      const map = new L.Map(node.current!, opening.options);
      if (opening.bounds) map.fitBounds(opening.bounds);
      if (opening.attribution) map.attributionControl?.addAttribution(opening.attribution);
      const timer = setTimeout(() => setContext(createLeafletContext(map)), 0);
      return function removeMap() {
        clearTimeout(timer);
        map.remove();
      };
    },
    [opening],
  );
  return (
    <div className={className} style={style} ref={node}>
      {context ? <LeafletContext value={context}>{children}</LeafletContext> : null}
    </div>
  );
}
