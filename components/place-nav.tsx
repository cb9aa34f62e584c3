import Link from 'next/link';
import { neighbours } from '@/lib/neighbours';
import type { Place } from '@/lib/places-schema';
import { placePath } from '@/lib/urls';
import { KindMark } from './kind-mark';

/**
 * From one place to the next without closing the panel: Previous and Next in the order of the
 * home page's list (wrapping round), and the whole list behind a disclosure. All plain links, so
 * each is a URL, works without JavaScript and is reached with Tab.
 */
export function PlaceNav({ places, id }: { places: readonly Place[]; id: string }) {
  const around = neighbours(places, id);
  if (!around) return null;
  const { prev, next } = around;
  return (
    <nav className="place-nav" aria-label="Places">
      <Link
        href={placePath(prev.id)}
        className="place-nav-step"
        rel="prev"
        prefetch={false}
        aria-label={`Previous: ${prev.properties.name}`}
      >
        <span className="place-nav-dir" aria-hidden="true">
          ← Previous
        </span>{' '}
        <span className="place-nav-name">{prev.properties.name}</span>
      </Link>
      <Link
        href={placePath(next.id)}
        className="place-nav-step place-nav-step--next"
        rel="next"
        prefetch={false}
        aria-label={`Next: ${next.properties.name}`}
      >
        <span className="place-nav-dir" aria-hidden="true">
          Next →
        </span>{' '}
        <span className="place-nav-name">{next.properties.name}</span>
      </Link>
      <details className="place-nav-all">
        <summary>
          All {places.length} places{' '}
          <span className="place-nav-count">
            (this is {around.index + 1} of {places.length})
          </span>
        </summary>
        <ul className="place-nav-list">
          {places.map((p) => (
            <li key={p.id}>
              <Link
                href={placePath(p.id)}
                prefetch={false}
                aria-current={p.id === id ? 'page' : undefined}
              >
                <KindMark kind={p.properties.kind} />
                {p.properties.name}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
