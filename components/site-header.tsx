import Link from 'next/link';
import { homePath, readerPath } from '@/lib/urls';

type Props = { title: string; slug: string; synthetic?: boolean };

/** One line: the product's name, and the article in view as the subject, linked to its text. */
export function SiteHeader({ title, slug, synthetic = false }: Props) {
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
    </header>
  );
}
