'use client';
import { useRouter } from 'next/navigation';
import { GeoJSON, Marker, Tooltip } from 'react-leaflet';
import type { Place } from '@/lib/places-schema';
import { markerOf } from '@/lib/place-geometry';
import { toLatLng } from '@/lib/geo';
import { KIND_STYLE, markerIcon } from './icons';
import type { MapBase } from './use-selected-id';

type Props = { places: readonly Place[]; selectedId?: string; labelled: ReadonlySet<string>; base: MapBase };

function shapeStyle(place: Place, selected: boolean, dimmed: boolean) {
  const color = KIND_STYLE[place.properties.kind].color;
  const className = `place-shape place-shape--${place.id}`;
  if (place.properties.kind === 'border') {
    return { className, color, weight: selected ? 5 : 3, opacity: dimmed ? 0.55 : 1, lineCap: 'round' as const };
  }
  return { className, color, weight: selected ? 3 : 1.5, fillColor: color, fillOpacity: selected ? 0.55 : dimmed ? 0.2 : 0.35, opacity: dimmed ? 0.6 : 1 };
}

/** Regions, the border and one marker per place; every one of them navigates to its place URL. */
export function PlaceLayers({ places, selectedId, labelled, base }: Props) {
  const router = useRouter();
  const open = (id: string) => router.push(`${base}/${id}`);
  return (
    <>
      {places.map((place) => {
        const selected = place.id === selectedId;
        const dimmed = selectedId !== undefined && !selected;
        return place.geometry.type === 'Point' ? null : (
          <GeoJSON
            key={place.id}
            data={place}
            style={() => shapeStyle(place, selected, dimmed)}
            eventHandlers={{ click: () => open(place.id) }}
          />
        );
      })}
      {places.map((place) => (
        <Marker
          key={place.id}
          position={toLatLng(markerOf(place))}
          icon={markerIcon(place.properties.kind, place.id === selectedId)}
          title={place.properties.name}
          alt={place.properties.name}
          zIndexOffset={place.id === selectedId ? 1000 : 0}
          eventHandlers={{
            click: () => open(place.id),
            // Leaflet makes markers focusable buttons but does not activate them from the keyboard.
            keydown: (e) => {
              const key = (e as unknown as { originalEvent: KeyboardEvent }).originalEvent.key;
              if (key === 'Enter' || key === ' ') open(place.id);
            },
          }}
        >
          {labelled.has(place.id) ? (
            <Tooltip permanent direction="right" className="place-label" interactive={false}>
              {place.properties.name}
            </Tooltip>
          ) : null}
        </Marker>
      ))}
    </>
  );
}
