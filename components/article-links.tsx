import Link from 'next/link';
import { briefPath, embedPath, handoutPath, readerPath } from '@/lib/urls';

/** One article's own views: its text, its briefing, its handout and its embeddable map. */
export function ArticleLinks({ slug }: { slug: string }) {
  const links = [
    { href: readerPath(slug), label: 'Read the article' },
    { href: briefPath(undefined, slug), label: 'Briefing' },
    { href: handoutPath(slug), label: 'Handout' },
    { href: embedPath(undefined, slug), label: 'Embed' },
  ];
  return (
    <nav aria-label="This article" className="article-links">
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} prefetch={false}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
