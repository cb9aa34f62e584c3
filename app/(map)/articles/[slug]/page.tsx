import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleLinks } from '@/components/article-links';
import { entriesOf, PlaceList } from '@/components/place-list';
import { SourceFooter } from '@/components/source-footer';
import { dateLabel, publisherLabel } from '@/lib/article-meta';
import { getArticleSummary, getArticleView } from '@/lib/data-server';
import { pageMetadata } from '@/lib/metadata';
import { articleMapPath, previewPath } from '@/lib/urls';
import { articleParams } from '@/lib/article-params';

type Props = { params: Promise<{ slug: string }> };

// No dynamicParams export: Next's default (true) renders an article published after the build on
// its first request under next start (lib/article-params.ts); the static export refuses an
// explicit `true`.

export const generateStaticParams = articleParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const summary = await getArticleSummary((await params).slug);
  if (!summary) return {};
  return pageMetadata({
    title: summary.title,
    description: `The places in “${summary.title}” (${dateLabel(summary.date)}) on a map, each with what the article says about it, quoted by paragraph.`,
    path: articleMapPath(summary.slug),
    image: previewPath('home'),
    imageAlt: 'A map of every place the article speaks of',
  });
}

/** One article on the map: its places only, its list, and its own reader, briefing, handout, embed. */
export default async function ArticleMapPage({ params }: Props) {
  const { slug } = await params;
  const [summary, view] = [await getArticleSummary(slug), await getArticleView(slug)];
  if (!summary || !view) notFound();
  return (
    <>
      <section
        className="panel-body panel-head"
        aria-labelledby="article-heading"
        data-article={slug}
      >
        <h1 id="article-heading" className="panel-title">
          {summary.title}
        </h1>
        <p className="panel-lead">
          {publisherLabel(summary.publisher)} · {dateLabel(summary.date)}
        </p>
        <ArticleLinks slug={slug} />
      </section>
      <PlaceList
        places={entriesOf(view.places.features)}
        title="Places in this article"
        level={2}
      />
      <SourceFooter article={view.article} />
    </>
  );
}
