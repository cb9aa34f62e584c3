import { PlaceList } from '@/components/place-list';
import { SourceFooter } from '@/components/source-footer';
import { getArticle, getPlaces } from '@/lib/data-server';
import { pageMetadata } from '@/lib/metadata';
import { homePath, previewPath } from '@/lib/urls';

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

export default async function HomePage() {
  return (
    <>
      <PlaceList places={(await getPlaces()).features} />
      <SourceFooter article={await getArticle()} />
    </>
  );
}
