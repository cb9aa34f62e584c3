import '@/app/styles/reader.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleParagraph } from '@/components/article-paragraph';
import { HashHighlight } from '@/components/hash-highlight';
import { SiteHeader } from '@/components/site-header';
import { SourceFooter } from '@/components/source-footer';
import { publisherLabel } from '@/lib/article-meta';
import { getArticleSummary, getArticleView } from '@/lib/data-server';
import { pageMetadata } from '@/lib/metadata';
import { articleMapPath, homePath, previewPath, readerPath } from '@/lib/urls';
import { articleParams } from '@/lib/article-params';

type Props = { params: Promise<{ slug: string }> };

// No dynamicParams export: Next's default (true) renders an article published after the build on
// its first request under next start (lib/article-params.ts); the static export refuses an
// explicit `true`.

export const generateStaticParams = articleParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const view = await getArticleView(slug);
  if (!view) return {};
  const { article } = view;
  return pageMetadata({
    title: 'The article',
    description: `“${article.title}” (${article.date.text}), every paragraph numbered, with each place it speaks of linked to the map.`,
    path: readerPath(slug),
    image: previewPath('article'),
    imageAlt: `The first lines of “${article.title}”`,
  });
}

/** The article reader: every paragraph numbered and anchored (#p<n>), mentions linked to the map. */
export default async function ReaderPage({ params }: Props) {
  const { slug } = await params;
  const [view, summary] = [await getArticleView(slug), await getArticleSummary(slug)];
  if (!view || !summary) notFound();
  const { article } = view;
  const places = view.places.features;
  return (
    <div className="reader-page">
      <SiteHeader title={article.title} slug={slug} />
      <main className="reader">
        <p className="reader-back">
          <Link href={homePath()}>← The map</Link> ·{' '}
          <Link href={articleMapPath(slug)}>This article on the map</Link>
        </p>
        <h1 className="reader-title">{article.title}</h1>
        <p className="reader-meta">
          {summary.publisher ? `${publisherLabel(summary.publisher)} · ` : ''}
          {article.date.text}
          {article.date.inferred ? (
            <span>
              {' '}
              (date inferred: the page prints none
              {article.date.note
                ? `; ${article.date.note.replace(/^The capture prints no date\. /, '')}`
                : ''}
              )
            </span>
          ) : null}
          {article.dateline ? ` · Filed from ${article.dateline}` : ''}
        </p>
        <HashHighlight />
        {article.paragraphs.map((p) => (
          <ArticleParagraph key={p.n} paragraph={p} places={places} />
        ))}
      </main>
      <SourceFooter article={article} />
    </div>
  );
}
