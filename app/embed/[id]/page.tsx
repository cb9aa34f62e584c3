import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedPanel } from '@/components/embed-panel';
import { getArticle, getPlace, getPlaces } from '@/lib/data-server';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getPlaces()).features.map((p) => ({ id: p.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const place = await getPlace((await params).id);
  return {
    title: place ? `${place.properties.name} (embedded map)` : 'Embedded map',
    robots: { index: false },
  };
}

export default async function EmbedPlace({ params }: Props) {
  const place = await getPlace((await params).id);
  if (!place) notFound();
  return (
    <EmbedPanel place={place} places={(await getPlaces()).features} article={await getArticle()} />
  );
}
