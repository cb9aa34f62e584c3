import Link from 'next/link';
import { SearchForm } from './search-form';
import { articlePath, homePath } from '@/lib/urls';

/** `search={false}` on the search page, which has its own, larger box. */
export function SiteHeader({
  title,
  synthetic = false,
  search = true,
}: {
  title: string;
  synthetic?: boolean;
  search?: boolean;
}) {
  return (
    <header className="site-header">
      {synthetic ? (
        <strong className="synthetic-banner">
          Synthetic benchmark data, generated: not the article
        </strong>
      ) : null}
      <Link href={homePath()} className="brand" prefetch={false}>
        Ukraine Crisis Map
      </Link>
      <Link
        href={articlePath()}
        className="subject"
        title={`Read the article: ${title}`}
        prefetch={false}
      >
        <span className="visually-hidden">Read the article: </span>“{title}”
      </Link>
      {search ? <SearchForm compact /> : null}
    </header>
  );
}
