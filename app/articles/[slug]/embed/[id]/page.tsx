import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedPanel } from '@/components/embed-panel';
import { getArticleView } from '@/lib/data-server';
import { prebuiltArticles } from '@/lib/article-params';

type Props = { params: Promise<{ slug: string; id: string }> };

// No dynamicParams export: Next's default (true) renders an article published after the build on
// its first request under next start (lib/article-params.ts); the static export refuses an
// explicit `true`.

export async function generateStaticParams() {
  const params: { slug: string; id: string }[] = [];
  for (const { slug } of await prebuiltArticles())
    for (const p of (await getArticleView(slug))?.places.features ?? [])
      params.push({ slug, id: p.id });
  return params;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const place = (await getArticleView(slug))?.places.features.find((p) => p.id === id);
  return {
    title: place ? `${place.properties.name} (embedded map)` : 'Embedded map',
    robots: { index: false },
  };
}

export default async function ArticleEmbedPlace({ params }: Props) {
  const { slug, id } = await params;
  const view = await getArticleView(slug);
  const place = view?.places.features.find((p) => p.id === id);
  if (!view || !place) notFound();
  return (
    <EmbedPanel place={place} places={view.places.features} article={view.article} slug={slug} />
  );
}
