'use client';
import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { useMap } from 'react-leaflet';
import { toLatLng } from '@/lib/geo';
import { markerOf } from '@/lib/place-geometry';
import type { Place } from '@/lib/places-schema';

/** At most this many places' pages are fetched ahead for one view (a big collection shows many). */
const PER_VIEW = 6;

/**
 * Fetches ahead the pages of the places whose marks are in view, once the browser is idle after
 * the map settles, as Next's `<Link>` does for the links in view: a click on a mark then shows its
 * excerpts without first waiting on the server. Each address is asked for once per map, one per
 * idle period.
 */
export function usePrefetchInView(
  places: readonly Place[],
  selectedId: string | undefined,
  hrefOf: (id: string) => string,
) {
  const map = useMap();
  const router = useRouter();
  const asked = useRef(new Set<string>());
  useEffect(
    function prefetchInView() {
      let handle: number | undefined;
      let queue: string[] = [];
      // One page per idle period: Next reads each answer in a task of its own, not all at once.
      const next = () => {
        const href = queue.shift();
        if (href === undefined) return;
        asked.current.add(href);
        router.prefetch(href);
        handle = idle(next);
      };
      const whenIdle = () => {
        if (handle !== undefined) cancel(handle);
        handle = idle(() => {
          const view = map.getBounds();
          queue = places
            .filter((p) => p.id !== selectedId && view.contains(toLatLng(markerOf(p))))
            .map((p) => hrefOf(p.id))
            .filter((href) => !asked.current.has(href))
            .slice(0, PER_VIEW);
          next();
        });
      };
      whenIdle();
      map.on('moveend', whenIdle);
      return () => {
        map.off('moveend', whenIdle);
        if (handle !== undefined) cancel(handle);
      };
    },
    [map, router, places, selectedId, hrefOf],
  );
}

// Safari has no requestIdleCallback: a timer stands in.
const idle = (f: () => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(f, { timeout: 2000 })
    : window.setTimeout(f, 200);
const cancel = (h: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(h) : window.clearTimeout(h);
