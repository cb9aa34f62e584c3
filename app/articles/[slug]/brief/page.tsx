import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BriefStep } from '@/components/brief-step';
import { articleParams } from '@/lib/article-params';
import { briefingOf, getArticleView } from '@/lib/data-server';

type Props = { params: Promise<{ slug: string }> };

// No `dynamicParams = false`: under `next start` an article an editor publishes is rendered on
// its first request (an unknown slug is a 404 from the page), and revalidated on every change.
export const generateStaticParams = articleParams;

export const metadata: Metadata = { title: 'Briefing' };

/** /articles/<slug>/brief starts at the article's first step. */
export default async function ArticleBriefStart({ params }: Props) {
  const { slug } = await params;
  const view = await getArticleView(slug);
  if (!view) notFound();
  return <BriefStep steps={briefingOf(view)} index={0} article={view.article} slug={slug} />;
}
