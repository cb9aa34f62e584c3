import '@/app/styles/reader.css';
import '@/app/styles/search.css';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchForm } from '@/components/search-form';
import { SearchResults } from '@/components/search-results';
import { SiteHeader } from '@/components/site-header';
import { StaticSearch } from '@/components/static-search';
import { DEMO_ARTICLE, getArticle, searchSite, SYNTHETIC } from '@/lib/data-server';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the places, the articles’ titles and every excerpt quoted on the map.',
  robots: { index: false },
};

// The static export has no server to answer `?q=`: its page is built once, empty, and searches
// an index in the browser (components/static-search.tsx). Under `next start` the page reads the
// query, so it is rendered per request, from the database.
const EXPORTED = process.env.STATIC_EXPORT === '1';

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const article = await getArticle();
  return (
    <div className="reader-page">
      <SiteHeader title={article.title} slug={DEMO_ARTICLE} synthetic={SYNTHETIC} search={false} />
      <main className="reader search-page">
        <h1 className="reader-title">Search</h1>
        {EXPORTED ? (
          <Suspense
            fallback={
              <>
                <SearchForm />
                <noscript>
                  <p className="search-status">
                    This copy of the site is static files: its search runs in the browser and needs
                    JavaScript.
                  </p>
                </noscript>
              </>
            }
          >
            <StaticSearch />
          </Suspense>
        ) : (
          <ServerSearch q={(await searchParams).q} />
        )}
      </main>
    </div>
  );
}

async function ServerSearch({ q }: { q: string | string[] | undefined }) {
  const results = await searchSite(q);
  return (
    <>
      <SearchForm query={results.query} />
      <SearchResults results={results} />
    </>
  );
}
