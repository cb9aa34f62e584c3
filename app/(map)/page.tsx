import Link from 'next/link';
import { ArticleList } from '@/components/article-list';
import { LISTED_PLACES, PlaceList } from '@/components/place-list';
import { SourceFooter } from '@/components/source-footer';
import { getArticle, getArticleSummaries, getListedPlaces } from '@/lib/data-server';
import { pageMetadata } from '@/lib/metadata';
import { articlesPath, homePath, placeIndexPath, previewPath } from '@/lib/urls';

/** How many of the newest articles the home page lists; the rest are on /articles. */
const NEWEST = 10;

export async function generateMetadata() {
  const article = await getArticle();
  return pageMetadata({
    title: 'Every place in the article',
    description: `The places in “${article.title}” (${article.date.text}) on a map, each with what the article says about it, quoted by paragraph.`,
    path: homePath(),
    image: previewPath('home'),
    imageAlt: 'A map of every place the article speaks of',
  });
}

/** The whole collection: its places, most-mentioned first, then the newest articles. */
export default async function HomePage() {
  const articles = await getArticleSummaries();
  const places = await getListedPlaces();
  return (
    <>
      <PlaceList
        places={places.slice(0, LISTED_PLACES)}
        title={articles.length === 1 ? 'Places in the article' : 'Places in the collection'}
        more={
          places.length > LISTED_PLACES ? (
            <p>
              The {LISTED_PLACES} most mentioned (under a timeline range, those of them it keeps).{' '}
              <Link href={placeIndexPath()} prefetch={false}>
                All {places.length.toLocaleString('en')} places
              </Link>
            </p>
          ) : null
        }
      />
      <section className="panel-body panel-articles" aria-labelledby="articles-heading">
        <h2 id="articles-heading" className="panel-subtitle">
          Articles
        </h2>
        <ArticleList articles={articles.slice(0, NEWEST)} />
        {articles.length > NEWEST ? (
          <p>
            <Link href={articlesPath()} prefetch={false}>
              All {articles.length.toLocaleString('en')} articles
            </Link>
          </p>
        ) : null}
      </section>
      <SourceFooter article={await getArticle()} />
    </>
  );
}
