'use client';
import { GeoJSON, Pane } from 'react-leaflet';
import type { Feature } from 'geojson';
import type { Countries } from '@/lib/use-basemap';

const UKRAINE = '804';

function countryStyle(f?: Feature) {
  const ukraine = f?.id === UKRAINE;
  return {
    color: ukraine ? '#6f6a60' : '#a8a8a8',
    weight: ukraine ? 1.4 : 0.8,
    fillColor: ukraine ? '#fbf1d9' : '#f6f4ef',
    fillOpacity: 1,
    interactive: false,
  };
}

/** Country outlines from the bundled Natural Earth data: the whole basemap, no tiles. */
export function Basemap({ countries, attribution }: { countries: Countries; attribution: string }) {
  return (
    <Pane name="basemap" style={{ zIndex: 250 }}>
      <GeoJSON data={countries} style={countryStyle} interactive={false} attribution={attribution} />
    </Pane>
  );
}
