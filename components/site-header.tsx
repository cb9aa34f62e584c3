import Link from 'next/link';
import { SearchForm } from './search-form';
import { homePath, readerPath } from '@/lib/urls';

type Props = { title: string; slug: string; synthetic?: boolean; search?: boolean };

/**
 * One line: the product's name, the article in view as the subject (linked to its text), and the
 * search box; `search={false}` on the search page, which has its own, larger box.
 */
export function SiteHeader({ title, slug, synthetic = false, search = true }: Props) {
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
        href={readerPath(slug)}
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
