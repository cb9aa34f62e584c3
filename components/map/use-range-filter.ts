'use client';
import { useSyncExternalStore } from 'react';

const subscribe = (changed: () => void) => {
  window.addEventListener('map-range', changed);
  return () => window.removeEventListener('map-range', changed);
};

/** The place ids the timeline's range keeps (map-range.d.ts), or null when no range is set. */
export function useRangeFilter(): Window['mapRange'] {
  return useSyncExternalStore(
    subscribe,
    () => window.mapRange ?? null,
    () => null,
  );
}
