import Link from 'next/link';
import type { Place } from '@/lib/places-schema';
import { placePath } from '@/lib/urls';
import { KindMark } from './kind-mark';

const KIND_NAME = { city: 'city', region: 'region', border: 'border' } as const;

/** With nothing selected: every place and how often the article speaks of it — the map as text. */
export function PlaceList({ places }: { places: readonly Place[] }) {
  return (
    <section aria-labelledby="places-heading" className="panel-body">
      <h1 id="places-heading" className="panel-title">
        Places in the article
      </h1>
      <p className="panel-lead">
        Choose a place on the map or below to read every passage about it, quoted with its paragraph
        number.
      </p>
      <ul className="place-list">
        {places.map((p) => {
          const n = p.properties.excerpts.length;
          return (
            <li key={p.id}>
              <Link
                href={placePath(p.id)}
                className="place-link"
                data-place={p.id}
                prefetch={false}
              >
                <KindMark kind={p.properties.kind} />
                <span className="place-link-name">{p.properties.name}</span>
                <span className="place-link-meta">
                  {KIND_NAME[p.properties.kind]} · {n} {n === 1 ? 'excerpt' : 'excerpts'}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
