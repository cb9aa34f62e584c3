import type { ReviewState } from '@/lib/editor/review';
import type { CountryOutline, Outlines } from '@/lib/editor/outlines';
import { reviewView, VIEW_H as H, VIEW_W as W } from '@/lib/editor/review-view';
import styles from './editor.module.css';

/**
 * The suggested places on a small plain map (equirectangular, scaled for latitude) over the
 * country outlines the draft route cut around them (lib/editor/draft-outlines.ts), each place a
 * dot in its kind's colour, the focused one ringed, rejected ones left out. Colours are the root
 * layout's CSS custom properties from lib/map-style.ts: importing that module, or the basemap's
 * code, here would split it out of the map's chunk, a request more on every map page.
 */
export function ReviewMap({
  review,
  focusedKey,
  outlines,
}: {
  review: ReviewState;
  focusedKey?: string;
  outlines?: Outlines;
}) {
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
  const { x, y } = reviewView(points);
  const pathOf = (c: CountryOutline) =>
    c.rings
      .map(
        (r) => `M${r.map(([lon, lat]) => `${x(lon).toFixed(1)} ${y(lat).toFixed(1)}`).join('L')}Z`,
      )
      .join('');
  // A name that would run off the right edge goes to the left of its dot (12 px type is about
  // 6.5 units a letter).
  const left = (p: { name: string; lon: number }) => x(p.lon) + 10 + p.name.length * 6.5 > W;
  // Ukraine last, so no neighbour's line is drawn over its stronger one.
  const countries = [...(outlines?.countries ?? [])].sort(
    (a, b) => Number(a.emphasis ?? false) - Number(b.emphasis ?? false),
  );
  return (
    <figure className={styles.map}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="map-caption">
        <rect width={W} height={H} fill="var(--water)" />
        {countries.map((c) => (
          <path
            key={c.name}
            data-country={c.name}
            d={pathOf(c)}
            fillRule="evenodd"
            fill={c.emphasis ? 'var(--ukraine)' : 'var(--land)'}
            stroke={c.emphasis ? 'var(--ukraine-line)' : 'var(--country-line)'}
            strokeWidth={c.emphasis ? 1.4 : 0.8}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
          />
        ))}
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
            <text
              x={x(p.lon) + (left(p) ? -10 : 10)}
              y={y(p.lat) + 4}
              textAnchor={left(p) ? 'end' : 'start'}
              fontSize="12"
              fill="#333"
              stroke="var(--land)"
              strokeWidth="3"
              paintOrder="stroke"
            >
              {p.name}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <span id="map-caption">
          Suggested places ({points.length}):{' '}
          {points.map((p) => `${p.name} ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`).join('; ')}
        </span>
        <small className={styles.credit}>
          {outlines ? outlines.attribution : 'No country outlines came with the draft.'}
        </small>
      </figcaption>
    </figure>
  );
}
