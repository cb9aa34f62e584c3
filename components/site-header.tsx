import Link from 'next/link';

export function SiteHeader({ title, synthetic = false }: { title: string; synthetic?: boolean }) {
  return (
    <header className="site-header">
      {synthetic ? (
        <strong className="synthetic-banner">
          Synthetic benchmark data, generated: not the article
        </strong>
      ) : null}
      <Link href="/" className="brand" prefetch={false}>
        Ukraine Crisis Map
      </Link>
      <Link
        href="/article"
        className="subject"
        title={`Read the article: ${title}`}
        prefetch={false}
      >
        <span className="visually-hidden">Read the article: </span>“{title}”
      </Link>
    </header>
  );
}
