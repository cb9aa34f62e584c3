import Link from 'next/link';
import { countsLabel, dateLabel, publisherLabel } from '@/lib/article-meta';
import type { ArticleSummary } from '@/lib/store/collection-store';
import { articleMapPath, readerPath } from '@/lib/urls';

/** Articles, newest first: each title opens the article on the map; "Read" opens its text. */
export function ArticleList({ articles }: { articles: readonly ArticleSummary[] }) {
  return (
    <ol className="article-list">
      {articles.map((a) => (
        <li key={a.slug} data-article={a.slug}>
          <Link href={articleMapPath(a.slug)} className="article-link" prefetch={false}>
            {a.title}
          </Link>
          <p className="article-meta">
            <span>{publisherLabel(a.publisher)}</span> · <span>{dateLabel(a.date)}</span>
          </p>
          <p className="article-meta">
            {countsLabel(a.places, a.mentions)} ·{' '}
            <Link href={readerPath(a.slug)} prefetch={false} aria-label={`Read “${a.title}”`}>
              Read
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
