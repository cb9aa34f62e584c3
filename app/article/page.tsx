import type { Metadata } from 'next';
import { DEMO_ARTICLE, getArticle } from '@/lib/data-server';
import { absoluteUrl, readerPath } from '@/lib/urls';

/**
 * The reader's first address. `next start` answers it with a 308 to the seed article's reader
 * (next.config.js); the browser carries `#p<n>` across. A static host has no redirects, so the
 * export serves this page instead: it forwards at once, keeping the fragment, and links there.
 */
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: 'The article has moved',
    robots: { index: false },
    alternates: { canonical: absoluteUrl(readerPath(DEMO_ARTICLE)) },
  };
}

export default async function ArticleForward() {
  const article = await getArticle();
  const to = readerPath(DEMO_ARTICLE);
  return (
    <main className="not-found">
      <script
        dangerouslySetInnerHTML={{
          __html: `location.replace(${JSON.stringify(to)}+location.hash)`,
        }}
      />
      <h1>The article has moved</h1>
      <p>
        <a href={to}>Read “{article.title}”</a>
      </p>
    </main>
  );
}
