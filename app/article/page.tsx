import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleParagraph } from '@/components/article-paragraph';
import { HashHighlight } from '@/components/hash-highlight';
import { SiteHeader } from '@/components/site-header';
import { SourceFooter } from '@/components/source-footer';
import { getArticle, getPlaces } from '@/lib/data-server';
import { pageMetadata } from '@/lib/metadata';
import { articlePath, homePath, previewPath } from '@/lib/urls';

export async function generateMetadata(): Promise<Metadata> {
  const article = await getArticle();
  return pageMetadata({
    title: 'The article',
    description: `“${article.title}” (${article.date.text}), every paragraph numbered, with each place it speaks of linked to the map.`,
    path: articlePath(),
    image: previewPath('article'),
    imageAlt: `The first lines of “${article.title}”`,
  });
}

export default async function ArticlePage() {
  const article = await getArticle();
  const places = (await getPlaces()).features;
  return (
    <div className="reader-page">
      <SiteHeader title={article.title} />
      <main className="reader">
        <p className="reader-back">
          <Link href={homePath()}>← The map</Link>
        </p>
        <h1 className="reader-title">{article.title}</h1>
        <p className="reader-meta">
          {article.date.text}
          {article.date.inferred ? (
            <span>
              {' '}
              (date inferred: the page prints none;{' '}
              {article.date.note.replace(/^The capture prints no date\. /, '')})
            </span>
          ) : null}
          {' · '}Filed from {article.dateline}
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
