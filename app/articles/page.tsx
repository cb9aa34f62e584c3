import '@/app/styles/reader.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleList } from '@/components/article-list';
import { SiteHeader } from '@/components/site-header';
import { DEMO_ARTICLE, getArticle, getArticleSummaries, SYNTHETIC } from '@/lib/data-server';
import { pageMetadata } from '@/lib/metadata';
import { articlesPath, homePath, previewPath } from '@/lib/urls';

export async function generateMetadata(): Promise<Metadata> {
  const n = (await getArticleSummaries()).length;
  return pageMetadata({
    title: 'Articles',
    description: `All ${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'} of the collection, newest first, each with its places on the map.`,
    path: articlesPath(),
    image: previewPath('home'),
    imageAlt: 'A map of every place the collection speaks of',
  });
}

/** Every article, newest first: title, publisher, date as precise as known, places and excerpts. */
export default async function ArticlesPage() {
  const articles = await getArticleSummaries();
  const demo = await getArticle();
  return (
    <div className="reader-page">
      <SiteHeader title={demo.title} slug={DEMO_ARTICLE} synthetic={SYNTHETIC} />
      <main className="reader articles-page">
        <p className="reader-back">
          <Link href={homePath()}>← The map</Link>
        </p>
        <h1 className="reader-title">Articles</h1>
        <p className="reader-meta">
          {articles.length.toLocaleString('en')} {articles.length === 1 ? 'article' : 'articles'},
          newest first.
        </p>
        <ArticleList articles={articles} />
      </main>
    </div>
  );
}
