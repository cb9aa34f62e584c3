'use client';
import { useMemo } from 'react';
import { useSearchParams } from 'next/navigation';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';
import { matchIndex } from '@/lib/search-match';
import { queryText } from '@/lib/search-query';
import { useSearchIndex } from '@/lib/use-search-index';
import { SEARCH_LIMIT } from '@/lib/search-types';

/**
 * The search page of the static export, where no server answers `?q=`: reads the query from the
 * URL and looks it up in the index built at export time, in the browser.
 */
export function StaticSearch() {
  const q = queryText(useSearchParams().get('q') ?? '');
  const { data, error } = useSearchIndex(q !== '');
  const results = useMemo(() => (data ? matchIndex(data, q, SEARCH_LIMIT) : undefined), [data, q]);
  return (
    <>
      <SearchForm key={q} query={q} />
      {!q ? (
        <SearchResults results={matchIndex({ places: [], articles: [], excerpts: [] }, '')} />
      ) : error ? (
        <p className="search-status" role="alert">
          The search index could not be loaded ({(error as Error).message}). Reload the page to try
          again.
        </p>
      ) : results ? (
        <SearchResults results={results} />
      ) : (
        <p className="search-status">Searching…</p>
      )}
    </>
  );
}
