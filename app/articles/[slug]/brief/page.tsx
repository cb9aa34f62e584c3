import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BriefStep } from '@/components/brief-step';
import { articleParams } from '@/lib/article-params';
import { briefingOf, getArticleView } from '@/lib/data-server';

type Props = { params: Promise<{ slug: string }> };

// No dynamicParams export: Next's default (true) renders an article published after the build on
// its first request under next start (lib/article-params.ts); the static export refuses an
// explicit `true`.
export const generateStaticParams = articleParams;

export const metadata: Metadata = { title: 'Briefing' };

/** /articles/<slug>/brief starts at the article's first step. */
export default async function ArticleBriefStart({ params }: Props) {
  const { slug } = await params;
  const view = await getArticleView(slug);
  if (!view) notFound();
  return <BriefStep steps={briefingOf(view)} index={0} article={view.article} slug={slug} />;
}
