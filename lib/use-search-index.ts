'use client';
import useSWR from 'swr';
import { fetchJson } from './fetch-json';
import { asSearchIndex } from './search-guard';
import { searchIndexPath } from './urls';

const fetchIndex = (url: string) => fetchJson(url, asSearchIndex);

/**
 * The static export's search index, GET /search-index.json: asked for only once there is a query
 * (`enabled`), and once per visit (the file changes only with a new export).
 */
export function useSearchIndex(enabled: boolean) {
  return useSWR(enabled ? searchIndexPath() : null, fetchIndex, {
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
}
