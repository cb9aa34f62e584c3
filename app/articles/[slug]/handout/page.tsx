import '@/app/styles/handout.css';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Handout } from '@/components/handout';
import { articleParams } from '@/lib/article-params';
import { briefingOf, getArticleView, getCountries } from '@/lib/data-server';
import { articleMapPath, handoutPath } from '@/lib/urls';

type Props = { params: Promise<{ slug: string }> };

// No dynamicParams export: Next's default (true) renders an article published after the build on
// its first request under next start (lib/article-params.ts); the static export refuses an
// explicit `true`.
export const generateStaticParams = articleParams;

export const metadata: Metadata = {
  title: 'Handout',
  description: 'A printable handout: one page per place, with a map and every excerpt.',
};

/** One article's handout: its places, one page each. */
export default async function ArticleHandoutPage({ params }: Props) {
  const { slug } = await params;
  const view = await getArticleView(slug);
  if (!view) notFound();
  return (
    <Handout
      view={view}
      steps={briefingOf(view)}
      countries={getCountries()}
      handoutPath={handoutPath(slug)}
      mapPath={articleMapPath(slug)}
    />
  );
}
