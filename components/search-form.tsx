import { searchPath } from '@/lib/urls';

/**
 * A plain GET form to /search: it works before (and without) JavaScript, and the query is the
 * URL. `compact` is the header's small box; the search page has the large one.
 */
export function SearchForm({ query = '', compact = false }: { query?: string; compact?: boolean }) {
  const id = compact ? 'site-search-q' : 'search-q';
  return (
    <form
      role="search"
      action={searchPath()}
      method="get"
      className={compact ? 'site-search' : 'search-form'}
    >
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        Search places, articles and excerpts
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={10240}
        placeholder={compact ? 'Search' : undefined}
        enterKeyHint="search"
      />
      <button type="submit" className={compact ? 'visually-hidden' : undefined}>
        Search
      </button>
    </form>
  );
}
