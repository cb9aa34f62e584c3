import type { ReviewState } from '@/lib/editor/review';
import styles from './editor.module.css';

const W = 360;
const H = 170;
const PAD = 28;
// At least this much of the world (degrees, east–west scaled for latitude × north–south), so one
// place still shows the countries around it.

/**
 * The suggested places on a small plain map (equirectangular, scaled for latitude; no country
 * outlines yet), each a dot in its kind's colour (the root layout's CSS custom properties from
 * lib/map-style.ts: importing that module here would split it out of the map's chunk, a request
 * more on every map page); the focused one ringed, rejected ones left out.
 */
export function ReviewMap({ review, focusedKey }: { review: ReviewState; focusedKey?: string }) {
  const byId = new Map<
    string,
    { name: string; kind: string; lon: number; lat: number; focused: boolean }
  >();
  for (const s of review.suggestions) {
    if (s.decision === 'rejected') continue;
    const was = byId.get(s.place.id);
    byId.set(s.place.id, { ...s.place, focused: (was?.focused ?? false) || s.key === focusedKey });
  }
  const points = [...byId.values()];
  if (!points.length) return <p className={styles.hint}>No place to show on the map.</p>;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const k = Math.cos((midLat * Math.PI) / 180);
  const spanX = Math.max((Math.max(...lons) - Math.min(...lons)) * k, 9);
  const spanY = Math.max(Math.max(...lats) - Math.min(...lats), 4);
  const scale = Math.min((W - 2 * PAD) / spanX, (H - 2 * PAD) / spanY);
  const cx = (Math.min(...lons) + Math.max(...lons)) / 2;
  const cy = midLat;
  const x = (lon: number) => W / 2 + (lon - cx) * k * scale;
  const y = (lat: number) => H / 2 - (lat - cy) * scale;
  return (
    <figure className={styles.map}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="map-caption">
        <rect width={W} height={H} fill="var(--land)" />
        {points.map((p) => (
          <g key={p.name + p.lon}>
            <circle
              cx={x(p.lon)}
              cy={y(p.lat)}
              r={p.focused ? 8 : 5}
              fill={`var(--${p.kind}, #555)`}
              stroke={p.focused ? '#111' : '#fff'}
              strokeWidth={p.focused ? 3 : 1.5}
            />
            <text x={x(p.lon) + 10} y={y(p.lat) + 4} fontSize="12" fill="#333">
              {p.name}
            </text>
          </g>
        ))}
      </svg>
      <figcaption id="map-caption">
        Suggested places ({points.length}):{' '}
        {points.map((p) => `${p.name} ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`).join('; ')}
      </figcaption>
    </figure>
  );
}
