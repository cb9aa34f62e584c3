import type { Metadata } from 'next';
import { EmbedPanel } from '@/components/embed-panel';
import { getArticle, getPlaces } from '@/lib/data-server';

export const metadata: Metadata = { title: 'Embedded map', robots: { index: false } };

export default async function EmbedHome() {
  return <EmbedPanel places={(await getPlaces()).features} article={await getArticle()} />;
}
