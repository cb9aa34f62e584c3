import Link from 'next/link';
import type { ExcerptGroup } from '@/lib/group-excerpts';
import { EXCERPTS_PER_PAGE } from '@/lib/group-excerpts';
import type { Place } from '@/lib/places-schema';
import { absoluteUrl, embedPath, homePath, placePath, slidePath } from '@/lib/urls';
import { CopyButton } from './copy-button';
import { EmbedSnippet } from './embed-snippet';
import { KindMark } from './kind-mark';
import { PanelKeys } from './panel-keys';
import { Pager } from './pager';
import { PlaceExcerpts } from './place-excerpts';
import type { PlaceEntry } from './place-list';
import { PlaceNav } from './place-nav';

/**
 * A static host answers `?order=events` with the same file, so the static export offers one
 * order (by article); its timeline still steps through the events in order.
 */
const ORDERS = process.env.STATIC_EXPORT !== '1';

type Props = {
  place: Place;
  /** Every place, as the home page lists them (the panel's Previous, Next and list). */
  places: readonly PlaceEntry[];
  /** This page's excerpts, by article, newest first. */
  groups: ExcerptGroup[];
  /** How many excerpts the place has, and in how many articles. */
  total: number;
  articles: number;
  page: number;
  /** 'events': in the order of the events they describe, not by article (next start only). */
  order?: 'events';
};

/**
 * The selected place: name, our one-line summary, then what the articles say, quoted by
 * paragraph under each article's title, newest article first; paged past 50 excerpts.
 */
export function ExcerptPanel({ place, places, groups, total, articles, page, order }: Props) {
  const { name, kind, summary, markerSource } = place.properties;
  const url = absoluteUrl(placePath(place.id));
  return (
    <article className="panel-body" aria-labelledby="place-heading" data-place={place.id}>
      <PanelKeys headingId="place-heading" placeId={place.id} />
      <div className="panel-top">
        <h1 id="place-heading" className="panel-title" tabIndex={-1}>
          <KindMark kind={kind} /> {name}
        </h1>
        <Link
          href={homePath()}
          className="close"
          aria-label="Close and show all places"
          prefetch={false}
        >
          ×
        </Link>
      </div>
      <p className="summary">{summary}</p>
      <PlaceNav places={places} id={place.id} />
      <div className="place-actions">
        <CopyButton text={url} label="Copy link" done="Link copied" />
        <a className="copy-button" href={slidePath(place.id)} download={`${place.id}-slide.png`}>
          Download image
        </a>
        <EmbedSnippet
          src={absoluteUrl(embedPath(place.id))}
          title={`${name}: what the article says (Ukraine Crisis Map)`}
        />
      </div>
      <h2 className="excerpts-heading">
        {articles === 1 ? 'What the article says' : `What ${articles} articles say`}{' '}
        <span className="count">({total.toLocaleString('en')})</span>
      </h2>
      {ORDERS ? (
        <nav className="excerpt-order" aria-label="Order of the excerpts">
          {order ? (
            <Link href={placePath(place.id)} prefetch={false}>
              By article
            </Link>
          ) : (
            <span aria-current="page">By article</span>
          )}
          {' · '}
          {order ? (
            <span aria-current="page">In order of events</span>
          ) : (
            <Link href={placePath(place.id, undefined, 'events')} prefetch={false}>
              In order of events
            </Link>
          )}
        </nav>
      ) : null}
      <Pager
        page={page}
        perPage={EXCERPTS_PER_PAGE}
        total={total}
        href={(n) => placePath(place.id, n, order)}
        label="Pages of excerpts"
      />
      <PlaceExcerpts groups={groups} placeUrl={url} />
      <Pager
        page={page}
        perPage={EXCERPTS_PER_PAGE}
        total={total}
        href={(n) => placePath(place.id, n, order)}
        label="Pages of excerpts, again"
      />
      {markerSource ? <p className="mark-note">Marker: {markerSource}.</p> : null}
    </article>
  );
}
