import Link from 'next/link';
import { HighlightedText } from './highlighted-text';
import type { ArticleHit, SearchResults as Results } from '@/lib/search-types';
import { articleReaderPath, placePath } from '@/lib/urls';

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function Source({ article }: { article: ArticleHit }) {
  return (
    <span className="search-source">
      {article.title}
      {article.publisher ? ` · ${article.publisher}` : ''} · {article.date}
    </span>
  );
}

/**
 * One search's answer, grouped: places, articles, excerpts. Rendered the same from the database
 * (the server page) and from the static export's index (in the browser).
 */
export function SearchResults({ results }: { results: Results }) {
  const { counts, words } = results;
  const total = counts.places + counts.articles + counts.excerpts;
  if (!results.query) return <p className="search-status">Type a place, a name or any words.</p>;
  if (!total)
    return (
      <p className="search-status" role="status">
        Nothing matched “{results.query}”. Try fewer words, or the start of a name.
      </p>
    );
  return (
    <>
      <p className="search-status" role="status">
        {plural(total, 'result', 'results')} for “{results.query}”:{' '}
        {plural(counts.places, 'place', 'places')}, {plural(counts.articles, 'article', 'articles')}
        , {plural(counts.excerpts, 'excerpt', 'excerpts')}.
      </p>
      {results.places.length ? (
        <section aria-labelledby="search-places">
          <h2 id="search-places">Places</h2>
          <ul className="search-list">
            {results.places.map((p) => (
              <li key={p.id} data-place={p.id}>
                <Link href={placePath(p.id)} prefetch={false}>
                  <HighlightedText text={p.name} words={words} />
                </Link>{' '}
                <span className="search-kind">{p.kind}</span>
                {p.aliases.length ? (
                  <span className="search-aliases">
                    {' '}
                    also “<HighlightedText text={p.aliases.join('”, “')} words={words} />”
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {results.articles.length ? (
        <section aria-labelledby="search-articles">
          <h2 id="search-articles">Articles</h2>
          <ul className="search-list">
            {results.articles.map((a) => (
              <li key={a.slug}>
                <Link href={articleReaderPath(a.slug)} prefetch={false}>
                  <HighlightedText text={a.title} words={words} />
                </Link>{' '}
                <span className="search-source">
                  {a.publisher ? `${a.publisher} · ` : ''}
                  {a.date}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {results.excerpts.length ? (
        <section aria-labelledby="search-excerpts">
          <h2 id="search-excerpts">Excerpts</h2>
          <ol className="search-excerpts">
            {results.excerpts.map((e, i) => (
              <li key={`${e.article.slug}/${e.paragraph}/${i}`}>
                <blockquote>
                  <HighlightedText text={e.text} words={words} />
                </blockquote>
                <p className="search-cite">
                  <Link href={articleReaderPath(e.article.slug, e.paragraph)} prefetch={false}>
                    ¶ {e.paragraph}
                  </Link>{' '}
                  <Source article={e.article} /> · about{' '}
                  {e.places.map((p, j) => (
                    <span key={p.id}>
                      {j ? ', ' : ''}
                      <Link href={placePath(p.id)} prefetch={false}>
                        {p.name}
                      </Link>
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {results.excerpts.length < counts.excerpts ? (
        <p className="search-more">
          Showing the best {results.excerpts.length} excerpts of{' '}
          {counts.excerpts.toLocaleString('en')}: add words to narrow the search.
        </p>
      ) : null}
    </>
  );
}
