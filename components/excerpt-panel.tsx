import Link from 'next/link';
import { citationText } from '@/lib/citation';
import type { Article } from '@/lib/article';
import type { Place } from '@/lib/places-schema';
import { absoluteUrl, articlePath, embedPath, homePath, placePath, slidePath } from '@/lib/urls';
import { CopyButton } from './copy-button';
import { EmbedSnippet } from './embed-snippet';
import { ExcerptList } from './excerpt-list';
import { KindMark } from './kind-mark';
import { PanelKeys } from './panel-keys';
import { PlaceNav } from './place-nav';

type Props = { place: Place; places: readonly Place[]; article: Article };

const markId = (i: number) => `q${i}`;

/** The selected place: name, our one-line summary, then the article's own words by paragraph. */
export function ExcerptPanel({ place, places, article }: Props) {
  const { name, kind, summary, excerpts, markerSource } = place.properties;
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
        What the article says <span className="count">({excerpts.length})</span>
      </h2>
      <ExcerptList
        excerpts={excerpts}
        variant="panel"
        markId={markId}
        cite={(ex) => absoluteUrl(articlePath(ex.paragraph))}
        actions={(ex, i) => (
          <div className="excerpt-actions">
            <Link
              href={articlePath(ex.paragraph)}
              className="in-context"
              prefetch={false}
              aria-label={`Paragraph ${ex.paragraph} in context`}
            >
              In context
            </Link>
            <CopyButton
              text={citationText(article, ex, url)}
              label="Copy citation"
              done="Citation copied"
              describedBy={markId(i)}
            />
          </div>
        )}
      />
      {markerSource ? <p className="mark-note">Marker: {markerSource}.</p> : null}
    </article>
  );
}
