'use client';
import { useEffect, useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { Place } from '@/lib/places-schema';
import { PlaceMarker } from './place-marker';
import { PlaceShape } from './place-shape';
import type { Offset, Side } from './label-layout';
import type { MapBase } from './use-selected-id';

type Props = {
  places: readonly Place[];
  selectedId?: string;
  labelled: ReadonlySet<string>;
  offsets: ReadonlyMap<string, Offset>;
  sides: ReadonlyMap<string, Side>;
  base: MapBase;
  /** Whether to draw the regions and the border yet (the marks come first). */
  shapes: boolean;
};

// Marks added per task: all of the article's places at once; a large data set a batch at a time,
// so the first marks show (and the page answers) before the last are made.
const BATCH = 200;

/** How many places to draw so far: BATCH more after every task until there are none left. */
function useBatches(total: number): number {
  const [count, setCount] = useState(BATCH);
  useEffect(
    function nextBatch() {
      if (count >= total) return;
      const timer = setTimeout(() => setCount(count + BATCH), 0);
      return () => clearTimeout(timer);
    },
    [count, total],
  );
  return count;
}

/** Regions, the border and one marker per place; every one of them navigates to its place URL. */
export function PlaceLayers({ places: all, selectedId, labelled, offsets, sides, base, shapes }: Props) {
  const router = useRouter();
  const open = (id: string) => router.push(`${base}/${id}`);
  const count = useBatches(all.length);
  // The selected place is always among the first.
  const places = useMemo(() => {
    if (count >= all.length) return all;
    const first = all.slice(0, count);
    const selected = all.find((p) => p.id === selectedId);
    return selected && !first.includes(selected) ? [selected, ...first] : first;
  }, [all, count, selectedId]);
  return (
    <>
      {places.map((place) => {
        const selected = place.id === selectedId;
        const dimmed = selectedId !== undefined && !selected;
        return !shapes || place.geometry.type === 'Point' ? null : <PlaceShape key={place.id} place={place} selected={selected} dimmed={dimmed} onOpen={open} />;
      })}
      {places.map((place) => (
        <PlaceMarker key={place.id} place={place} selected={place.id === selectedId} labelled={labelled.has(place.id)} offset={offsets.get(place.id)} side={sides.get(place.id) ?? 'right'} onOpen={open} />
      ))}
    </>
  );
}
