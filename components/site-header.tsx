import Link from 'next/link';

export function SiteHeader({ title }: { title: string }) {
  return (
    <header className="site-header">
      <Link href="/" className="brand" prefetch={false}>
        Ukraine Crisis Map
      </Link>
      <Link href="/article" className="subject" title={`Read the article: ${title}`} prefetch={false}>
        <span className="visually-hidden">Read the article: </span>“{title}”
      </Link>
    </header>
  );
}
