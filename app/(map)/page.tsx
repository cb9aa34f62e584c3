import { PlaceList } from '@/components/place-list';
import { SourceFooter } from '@/components/source-footer';
import { getArticle, getPlaces } from '@/lib/places-server';

export default function HomePage() {
  return (
    <>
      <PlaceList places={getPlaces().features} />
      <SourceFooter article={getArticle()} />
    </>
  );
}
