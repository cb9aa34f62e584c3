import type { Guard } from './json-guards';

/**
 * The fetchers of lib/use-fetched.ts: JSON checked by `guard`, or an error that says which request failed and how
 * (`GET /api/places sent data the map cannot use: features[2].properties.kind should be …`).
 */
export async function fetchJson<T>(url: string, guard: Guard<T>): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  const body: unknown = await res.json();
  try {
    return guard(body);
  } catch (e) {
    throw new Error(`GET ${url} sent data the map cannot use: ${(e as Error).message}`);
  }
}
