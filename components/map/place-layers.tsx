'use client';
import { useCallback } from 'react';
import { useRouter } from 'next/navigation';
import type { Place } from '@/lib/places-schema';
import { keepRange, mapViewPath } from '@/lib/urls';
import { PlaceMarker } from './place-marker';
import { PlaceShape } from './place-shape';
import { usePrefetchInView } from './prefetch-in-view';
import type { Offset, Side } from './label-layout';
import { useMapRoute, type MapBase } from './use-selected-id';

type Props = {
  /** The places drawn with marks (on a large collection, those not in a cluster). */
  places: readonly Place[];
  /** The places whose regions and lines are drawn: all of them, clustered or not. */
  areas: readonly Place[];
  /** Of those, the ones a timeline range keeps (the others' shapes are hidden); none: all. */
  kept?: ReadonlySet<string>;
  selectedId?: string;
  labelled: ReadonlySet<string>;
  offsets: ReadonlyMap<string, Offset>;
  sides: ReadonlyMap<string, Side>;
  base: MapBase;
  /** Whether to draw the regions and the border yet (the marks come first). */
  shapes: boolean;
};

/** Regions, the border and one marker per place; every one of them navigates to its place URL. */
export function PlaceLayers({
  places,
  areas,
  kept,
  selectedId,
  labelled,
  offsets,
  sides,
  base,
  shapes,
}: Props) {
  const router = useRouter();
  const { article } = useMapRoute();
  // The same function from render to render: the shapes and marks skip a render that changes
  // nothing of theirs (a timeline move renders again all 2,000 shapes of a big collection).
  const hrefOf = useCallback(
    (id: string) => keepRange(mapViewPath(base, id, article)),
    [base, article],
  );
  const open = useCallback((id: string) => router.push(hrefOf(id)), [router, hrefOf]);
  usePrefetchInView(places, selectedId, hrefOf);
  return (
    <>
      {areas.map((place) => {
        const selected = place.id === selectedId;
        const dimmed = selectedId !== undefined && !selected;
        return !shapes || place.geometry.type === 'Point' ? null : (
          <PlaceShape
            key={place.id}
            place={place}
            selected={selected}
            dimmed={dimmed}
            hidden={!!kept && !selected && !kept.has(place.id)}
            onOpen={open}
          />
        );
      })}
      {places.map((place) => (
        <PlaceMarker
          key={place.id}
          place={place}
          selected={place.id === selectedId}
          labelled={labelled.has(place.id)}
          offset={offsets.get(place.id)}
          side={sides.get(place.id) ?? 'right'}
          onOpen={open}
        />
      ))}
    </>
  );
}
