import Link from 'next/link';
import type { Article } from '@/lib/article';
import type { Place } from '@/lib/places-schema';
import { absoluteUrl, articleMapPath, embedPath, homePath, placePath } from '@/lib/urls';
import { ExcerptList } from './excerpt-list';

/** The compact text of an embed: the place and its excerpts, or the list, and a way out to the full map. */
export function EmbedPanel({
  place,
  places,
  article,
  slug,
}: {
  place?: Place;
  places: readonly Place[];
  article: Article;
  /** The slug of an article's own embed; without it, the seed's at /embed. */
  slug?: string;
}) {
  const full = absoluteUrl(
    place ? placePath(place.id) : slug === undefined ? homePath() : articleMapPath(slug),
  );
  return (
    <div className="embed-body">
      {place ? (
        <>
          <h1 className="embed-title">{place.properties.name}</h1>
          <ExcerptList excerpts={place.properties.excerpts} variant="embed" />
        </>
      ) : (
        <>
          <h1 className="embed-title">Places in the article</h1>
          <ul className="embed-list">
            {places.map((p) => (
              <li key={p.id}>
                <Link href={embedPath(p.id, slug)} prefetch={false}>
                  {p.properties.name}
                </Link>{' '}
                ({p.properties.excerpts.length})
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="embed-source">
        From “{article.title}”, {article.date.text}.{' '}
        <a href={full} target="_blank" rel="noopener">
          Open the full map ↗
        </a>
      </p>
    </div>
  );
}
