import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedPanel } from '@/components/embed-panel';
import { articleParams } from '@/lib/article-params';
import { getArticleView } from '@/lib/data-server';

type Props = { params: Promise<{ slug: string }> };

// An article published after the build renders on first request (lib/article-params.ts).
export const dynamicParams = true;
export const generateStaticParams = articleParams;

export const metadata: Metadata = { title: 'Embedded map', robots: { index: false } };

export default async function ArticleEmbedHome({ params }: Props) {
  const { slug } = await params;
  const view = await getArticleView(slug);
  if (!view) notFound();
  return <EmbedPanel places={view.places.features} article={view.article} slug={slug} />;
}
