'use client';
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
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
 * react-leaflet's MapContainer, with one difference: the map is made in a browser task of its own,
 * and what goes inside it is first rendered in the next. react-leaflet makes the map in the commit
 * that renders its box and hands it to its children from there, so React rendered and committed
 * them all at once: one task of 20 to 26 ms at 1x, over the 12.5 ms that stays under 50 ms at
 * Lighthouse's 4x slowdown.
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
  useEffect(
    function makeMap() {
      let map: L.Map | undefined;
      // The map is made in a task after the commit that rendered its box, and what goes inside
      // it is first rendered in the task after that: three tasks, none long.
      let timer = setTimeout(() => {
        const made = new L.Map(node.current!, opening.options);
        if (opening.bounds) made.fitBounds(opening.bounds);
        if (opening.attribution) made.attributionControl?.addAttribution(opening.attribution);
        map = made;
        timer = setTimeout(() => setContext(createLeafletContext(made)), 0);
      }, 0);
      return function removeMap() {
        clearTimeout(timer);
        map?.remove();
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
