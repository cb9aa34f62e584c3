import Link from 'next/link';
import type { Place } from '@/lib/places-schema';
import { KindMark } from './kind-mark';
import { PanelKeys } from './panel-keys';

/** The selected place: name, our one-line summary, then the article's own words by paragraph. */
export function ExcerptPanel({ place }: { place: Place }) {
  const { name, kind, summary, excerpts, markerSource } = place.properties;
  return (
    <article className="panel-body" aria-labelledby="place-heading" data-place={place.id}>
      <PanelKeys headingId="place-heading" placeId={place.id} />
      <div className="panel-top">
        <h1 id="place-heading" className="panel-title" tabIndex={-1}>
          <KindMark kind={kind} /> {name}
        </h1>
        <Link href="/" className="close" aria-label="Close and show all places" prefetch={false}>
          ×
        </Link>
      </div>
      <p className="summary">{summary}</p>
      <h2 className="excerpts-heading">
        What the article says <span className="count">({excerpts.length})</span>
      </h2>
      <ol className="excerpts">
        {excerpts.map((ex) => (
          <li key={`${ex.paragraph}:${ex.text.slice(0, 24)}`}>
            <span className="para-mark" aria-label={`Paragraph ${ex.paragraph}`}>
              ¶ {ex.paragraph}
            </span>
            <blockquote className="excerpt">
              <p>{ex.text}</p>
            </blockquote>
          </li>
        ))}
      </ol>
      {markerSource ? <p className="mark-note">Marker: {markerSource}.</p> : null}
    </article>
  );
}
