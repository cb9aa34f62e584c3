import { PlaceList } from '@/components/place-list';
import { SourceFooter } from '@/components/source-footer';
import { getArticle, getPlaces } from '@/lib/data-server';
import { pageMetadata } from '@/lib/metadata';
import { homePath, previewPath } from '@/lib/urls';

export function generateMetadata() {
  const article = getArticle();
  return pageMetadata({
    title: 'Every place in the article',
    description: `The places in “${article.title}” (${article.date.text}) on a map, each with what the article says about it, quoted by paragraph.`,
    path: homePath(),
    image: previewPath('home'),
    imageAlt: 'A map of every place the article speaks of',
  });
}

export default function HomePage() {
  return (
    <>
      <PlaceList places={getPlaces().features} />
      <SourceFooter article={getArticle()} />
    </>
  );
}
