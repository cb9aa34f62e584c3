'use client';
import { useEffect, useState, useSyncExternalStore } from 'react';

/**
 * What the browser fetches after the page has loaded (the map's places and basemap, its context
 * layers, the timeline, the static search index): each key asked for once and shared by every
 * component that shows it.
 *
 * This took SWR's place, which the app used only for this much: a cache by key, a request started
 * as the page boots (`load`, before the map's code arrives), the last data kept while a new key
 * loads, and a Retry. SWR and its helpers were about 4 KB of gzipped JavaScript on every map page,
 * where the budget (bench/budgets.json) had 79 B to spare and the 5,000-article collection's home
 * was 4 KB over. What it did and this does not: asking again on focus, on reconnecting, on an
 * interval or by itself after an error (a key that failed is asked again when a map asks for it again). The app turned the first off; the data changes only with a
 * build or an editor's publishing, and a failed request says so with a Retry button.
 */
export type Fetched<T> = {
  /** The key's data, or while it loads (with `keepPrevious`) the last data this hook had. */
  data: T | undefined;
  /** The last request's error, kept (with any data) until a request succeeds. */
  error: unknown;
  /** Asks again, even if a request failed or succeeded before. */
  retry: () => void;
};

export type Fetcher<T> = (key: string) => Promise<T>;

type Entry = { data?: unknown; error?: unknown };

const entries = new Map<string, Entry>();
const pending = new Set<string>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function settle(key: string, entry: Entry) {
  pending.delete(key);
  entries.set(key, entry);
  // The maps showing it render it in a task after the one that fetched and decoded it.
  setTimeout(() => {
    for (const listener of listeners) listener();
  }, 0);
}

/** The key's data and error as they stand (`undefined` before any request has settled). */
export const entryOf = (key: string): Readonly<Entry> | undefined => entries.get(key);

/**
 * Asks for `key` unless it is on its way or has been answered with data; a key whose last request
 * failed is asked again (a region tile that failed, when it comes back into view), and `again`
 * asks even after data (a retry). The answer is shared by every `useFetched` of the key.
 */
export function load<T>(key: string, fetcher: Fetcher<T>, again = false): void {
  const entry = entries.get(key);
  if (pending.has(key) || (entry && entry.error === undefined && !again)) return;
  pending.add(key);
  // A fetcher that throws before its promise is a failed request like any other.
  new Promise<T>((resolve) => resolve(fetcher(key))).then(
    (data) => settle(key, { data }),
    (error: unknown) => settle(key, { data: entries.get(key)?.data, error }),
  );
}

/**
 * The data at `key` (nothing is asked for while it is `null`). `fetcher` must be the same function
 * for a key from render to render: a module's own, not one made in the component.
 */
export function useFetched<T>(
  key: string | null,
  fetcher: Fetcher<T>,
  { keepPrevious = false } = {},
): Fetched<T> {
  const entry = useSyncExternalStore(
    subscribe,
    () => (key === null ? undefined : entries.get(key)),
    () => undefined,
  );
  useEffect(() => {
    if (key !== null) load(key, fetcher);
  }, [key, fetcher]);
  const data = entry?.data as T | undefined;
  // The last data this hook showed, for the time a new key loads (React's pattern for keeping
  // what an earlier render had: set during render, no effect).
  const [previous, setPrevious] = useState<T | undefined>(undefined);
  if (keepPrevious && data !== undefined && data !== previous) setPrevious(data);
  return {
    data: data ?? (keepPrevious ? previous : undefined),
    error: entry?.error,
    retry: () => {
      if (key !== null) load(key, fetcher, true);
    },
  };
}
