import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Place } from '@/lib/places-schema';
import { placePath } from '@/lib/urls';
import { KindMark } from './kind-mark';

const KIND_NAME = { city: 'city', region: 'region', border: 'border' } as const;

/** One entry of the list: a place and how many excerpts speak of it. */
export type PlaceEntry = {
  id: string;
  name: string;
  kind: Place['properties']['kind'];
  excerpts: number;
};

/** One article's places, in its own order, with its excerpts of each. */
export const entriesOf = (places: readonly Place[]): PlaceEntry[] =>
  places.map((p) => ({
    id: p.id,
    name: p.properties.name,
    kind: p.properties.kind,
    excerpts: p.properties.excerpts.length,
  }));

/**
 * How many places a list shows where it is not the page's subject (the home page's list, the
 * place panel's list of all places): the most mentioned; all of them are on /places. A list of
 * thousands is no help to a reader, and it weighs on the page: 2,000 entries beside the map were
 * a third of the time a timeline move takes, and most of a place page's 780 KB.
 */
export const LISTED_PLACES = 100;

const ON_MAP =
  'Choose a place on the map or below to read every passage about it, quoted with its paragraph number.';

type Props = {
  places: readonly PlaceEntry[];
  title: string;
  /** The heading's level: 1 where the list is the page's subject, 2 under another heading. */
  level?: 1 | 2;
  /** What the list is for: by default, beside the map. */
  lead?: string;
  /** What follows the list: on the home page of a big collection, the way to all places. */
  more?: ReactNode;
};

/** Places and how often they are spoken of — the map as text. Each opens the place's page. */
export function PlaceList({ places, title, level = 1, lead = ON_MAP, more }: Props) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section aria-labelledby="places-heading" className="panel-body">
      <Heading id="places-heading" className={level === 1 ? 'panel-title' : 'panel-subtitle'}>
        {title}
      </Heading>
      <p className="panel-lead">{lead}</p>
      <ul className="place-list">
        {places.map((p) => (
          <li key={p.id}>
            <Link href={placePath(p.id)} className="place-link" data-place={p.id} prefetch={false}>
              <KindMark kind={p.kind} />
              <span className="place-link-name">{p.name}</span>
              <span className="place-link-meta">
                {KIND_NAME[p.kind]} · {p.excerpts.toLocaleString('en')}{' '}
                {p.excerpts === 1 ? 'excerpt' : 'excerpts'}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {more}
    </section>
  );
}
