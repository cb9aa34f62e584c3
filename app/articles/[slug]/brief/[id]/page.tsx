import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BriefStep } from '@/components/brief-step';
import { briefingOf, getArticleView } from '@/lib/data-server';
import { prebuiltArticles } from '@/lib/article-params';

type Props = { params: Promise<{ slug: string; id: string }> };

// No dynamicParams export: Next's default (true) renders an article published after the build on
// its first request under next start (lib/article-params.ts); the static export refuses an
// explicit `true`.

export async function generateStaticParams() {
  const params: { slug: string; id: string }[] = [];
  for (const { slug } of await prebuiltArticles()) {
    const view = await getArticleView(slug);
    for (const p of view ? briefingOf(view) : []) params.push({ slug, id: p.id });
  }
  return params;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const place = (await getArticleView(slug))?.places.features.find((p) => p.id === id);
  return { title: place ? `Briefing: ${place.properties.name}` : 'Briefing' };
}

export default async function ArticleBriefPage({ params }: Props) {
  const { slug, id } = await params;
  const view = await getArticleView(slug);
  if (!view) notFound();
  const steps = briefingOf(view);
  const index = steps.findIndex((p) => p.id === id);
  if (index < 0) notFound();
  return <BriefStep steps={steps} index={index} article={view.article} slug={slug} />;
}
