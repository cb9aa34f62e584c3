import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExcerptPanel } from '@/components/excerpt-panel';
import { SourceFooter } from '@/components/source-footer';
import { getArticle, getPlace, getPlaces } from '@/lib/data-server';
import { pageMetadata } from '@/lib/metadata';
import { placePath, previewPath } from '@/lib/urls';

type Props = { params: Promise<{ id: string }> };

// Only the ids in the data exist; any other id is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getPlaces()).features.map((p) => ({ id: p.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const place = await getPlace((await params).id);
  if (!place) return {};
  return pageMetadata({
    title: place.properties.name,
    description: place.properties.summary,
    path: placePath(place.id),
    image: previewPath(place.id),
    imageAlt: `${place.properties.name} on a map, with the first passage the article quotes about it`,
  });
}

export default async function PlacePage({ params }: Props) {
  const place = await getPlace((await params).id);
  if (!place) notFound();
  return (
    <>
      <ExcerptPanel
        place={place}
        places={(await getPlaces()).features}
        article={await getArticle()}
      />
      <SourceFooter article={await getArticle()} />
    </>
  );
}
