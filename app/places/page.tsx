import '@/app/styles/reader.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PlaceList } from '@/components/place-list';
import { SiteHeader } from '@/components/site-header';
import { DEMO_ARTICLE, getArticle, getListedPlaces, SYNTHETIC } from '@/lib/data-server';
import { pageMetadata } from '@/lib/metadata';
import { homePath, placeIndexPath, previewPath } from '@/lib/urls';

export async function generateMetadata(): Promise<Metadata> {
  const n = (await getListedPlaces()).length;
  return pageMetadata({
    title: 'Places',
    description: `All ${n.toLocaleString('en')} ${n === 1 ? 'place' : 'places'} of the collection, most mentioned first, each with every passage about it.`,
    path: placeIndexPath(),
    image: previewPath('home'),
    imageAlt: 'A map of every place the collection speaks of',
  });
}

/** Every place on the map, most mentioned first (the home page lists the first of them). */
export default async function PlacesPage() {
  const places = await getListedPlaces();
  const demo = await getArticle();
  return (
    <div className="reader-page">
      <SiteHeader title={demo.title} slug={DEMO_ARTICLE} synthetic={SYNTHETIC} />
      <main className="reader places-page">
        <p className="reader-back">
          <Link href={homePath()}>← The map</Link>
        </p>
        <PlaceList
          places={places}
          title={`All ${places.length.toLocaleString('en')} places`}
          lead="Most mentioned first. Each opens every passage about the place, quoted with its paragraph number."
        />
      </main>
    </div>
  );
}
