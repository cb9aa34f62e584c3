import type { PlaceKind } from '@/lib/places-schema';
import { KIND_STYLE, markSvg } from '@/lib/marks';

const KINDS: PlaceKind[] = ['city', 'region', 'border'];

/** What the marks mean: shape and colour together. Rendered on the server, in the page's HTML. */
export function Legend() {
  return (
    <div className="map-legend" role="group" aria-label="Legend">
      <ul>
        {KINDS.map((kind) => (
          <li key={kind}>
            <span
              className="legend-mark"
              aria-hidden="true"
              dangerouslySetInnerHTML={{ __html: markSvg(kind, 16, false) }}
            />
            {KIND_STYLE[kind].label}
          </li>
        ))}
      </ul>
      <p className="legend-note">Click or Tab to a mark to read what the article says.</p>
    </div>
  );
}
