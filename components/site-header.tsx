import Link from 'next/link';
import { articlePath, homePath } from '@/lib/urls';

export function SiteHeader({ title, synthetic = false }: { title: string; synthetic?: boolean }) {
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
    </header>
  );
}
