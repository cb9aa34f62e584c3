import Link from 'next/link';
import { neighbours } from '@/lib/neighbours';
import { placeIndexPath, placePath } from '@/lib/urls';
import { KindMark } from './kind-mark';
import { LISTED_PLACES, type PlaceEntry } from './place-list';

/**
 * From one place to the next without closing the panel: Previous and Next in the order of the
 * home page's list, most-mentioned first (wrapping round), and that list behind a disclosure (in a
 * big collection its first LISTED_PLACES and a link to all of them). All plain links, so each is a URL, works without
 * JavaScript and is reached with Tab.
 */
export function PlaceNav({ places, id }: { places: readonly PlaceEntry[]; id: string }) {
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
        aria-label={`Previous: ${prev.name}`}
      >
        <span className="place-nav-dir" aria-hidden="true">
          ← Previous
        </span>{' '}
        <span className="place-nav-name">{prev.name}</span>
      </Link>
      <Link
        href={placePath(next.id)}
        className="place-nav-step place-nav-step--next"
        rel="next"
        prefetch={false}
        aria-label={`Next: ${next.name}`}
      >
        <span className="place-nav-dir" aria-hidden="true">
          Next →
        </span>{' '}
        <span className="place-nav-name">{next.name}</span>
      </Link>
      <details className="place-nav-all">
        <summary>
          All {places.length.toLocaleString('en')} places{' '}
          <span className="place-nav-count">
            (this is {(around.index + 1).toLocaleString('en')} of{' '}
            {places.length.toLocaleString('en')})
          </span>
        </summary>
        <ul className="place-nav-list">
          {places.slice(0, LISTED_PLACES).map((p) => (
            <li key={p.id}>
              <Link
                href={placePath(p.id)}
                prefetch={false}
                aria-current={p.id === id ? 'page' : undefined}
              >
                <KindMark kind={p.kind} />
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
        {places.length > LISTED_PLACES ? (
          <p className="place-nav-more">
            The first {LISTED_PLACES}.{' '}
            <Link href={placeIndexPath()} prefetch={false}>
              All {places.length.toLocaleString('en')} places
            </Link>
          </p>
        ) : null}
      </details>
    </nav>
  );
}
