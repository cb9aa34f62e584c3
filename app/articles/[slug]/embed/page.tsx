import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedPanel } from '@/components/embed-panel';
import { articleParams } from '@/lib/article-params';
import { getArticleView } from '@/lib/data-server';

type Props = { params: Promise<{ slug: string }> };

// No dynamicParams export: Next's default (true) renders an article published after the build on
// its first request under next start (lib/article-params.ts); the static export refuses an
// explicit `true`.
export const generateStaticParams = articleParams;

export const metadata: Metadata = { title: 'Embedded map', robots: { index: false } };

export default async function ArticleEmbedHome({ params }: Props) {
  const { slug } = await params;
  const view = await getArticleView(slug);
  if (!view) notFound();
  return <EmbedPanel places={view.places.features} article={view.article} slug={slug} />;
}
