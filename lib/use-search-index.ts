'use client';
import { fetchJson } from './fetch-json';
import { asSearchIndex } from './search-guard';
import { searchIndexPath } from './urls';
import { useFetched } from './use-fetched';

const fetchIndex = (url: string) => fetchJson(url, asSearchIndex);

/**
 * The static export's search index, GET /search-index.json: asked for only once there is a query
 * (`enabled`), and once per visit (the file changes only with a new export).
 */
export function useSearchIndex(enabled: boolean) {
  return useFetched(enabled ? searchIndexPath() : null, fetchIndex);
}
