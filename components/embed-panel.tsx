import Link from 'next/link';
import type { Article } from '@/lib/article';
import type { Place } from '@/lib/places-schema';
import { absoluteUrl, placePath } from '@/lib/site';

/** The compact text of an embed: the place and its excerpts, or the list, and a way out to the full map. */
export function EmbedPanel({
  place,
  places,
  article,
}: {
  place?: Place;
  places: readonly Place[];
  article: Article;
}) {
  const full = absoluteUrl(place ? placePath(place.id) : '/');
  return (
    <div className="embed-body">
      {place ? (
        <>
          <h1 className="embed-title">{place.properties.name}</h1>
          <ol className="embed-excerpts">
            {place.properties.excerpts.map((ex, i) => (
              <li key={i}>
                <span className="para-mark">¶ {ex.paragraph}</span>
                <blockquote className="excerpt">
                  <p>{ex.text}</p>
                </blockquote>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <>
          <h1 className="embed-title">Places in the article</h1>
          <ul className="embed-list">
            {places.map((p) => (
              <li key={p.id}>
                <Link href={`/embed/${p.id}`} prefetch={false}>
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
