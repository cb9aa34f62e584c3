import type { Guard } from './json-guards';

/**
 * Resolves in a later browser task: `await nextTask()` ends the task a long job is in. Here, not in
 * lib/slices.ts, which only the map's own chunk loads: the fetchers run as the page boots.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The fetchers of lib/use-fetched.ts: JSON checked by `guard`, or an error that says which request failed and how
 * (`GET /api/places sent data the map cannot use: features[2].properties.kind should be …`).
 */
export async function fetchJson<T>(url: string, guard: Guard<T>): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  const body: unknown = await res.json();
  // Checked in a task after the one that parsed it (with the basemap's detail, each took several
  // milliseconds as the map started).
  await nextTask();
  try {
    return guard(body);
  } catch (e) {
    throw new Error(`GET ${url} sent data the map cannot use: ${(e as Error).message}`);
  }
}
