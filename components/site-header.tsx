import Link from 'next/link';

export function SiteHeader({ title }: { title: string }) {
  return (
    <header className="site-header">
      <Link href="/" className="brand" prefetch={false}>
        Ukraine Crisis Map
      </Link>
      <span className="subject" title={title}>
        <span className="visually-hidden">Article: </span>“{title}”
      </span>
    </header>
  );
}
