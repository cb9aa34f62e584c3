import { getDb } from '@/lib/data-server';
import { jsonResponse, unavailableResponse } from '@/lib/editor-server';
import { checkEditor } from '@/lib/auth/guard';
import { StoreUnavailableError } from '@/lib/store/db';
import { allPlaces } from '@/lib/store/collection-store';
import { loadGazetteer, searchGazetteer } from '@/lib/ingest/gazetteer';
import { nameKey } from '@/lib/ingest/normalize';
import { searchResultOf, type PlaceResult } from '@/lib/editor/place-result';

export const dynamic = 'force-dynamic';

/**
 * Places to choose from when changing a suggestion's place or adding a mention (editors only):
 * `?q=` a name's beginning → up to 10 `{ id, name, kind, lon, lat, source, licence, existing,
 * geometry? }`, the collection's places first.
 */
export async function GET(request: Request) {
  try {
    const db = await getDb();
    const guard = await checkEditor(db, request);
    if (!guard.ok) return jsonResponse({ error: guard.error }, guard.status);
    const q = nameKey(new URL(request.url).searchParams.get('q') ?? '').slice(0, 80);
    if (!q) return jsonResponse({ places: [] });
    const stored = await allPlaces(db);
    const ids = new Set(stored.map((p) => p.id));
    const fromCollection = stored
      .filter((p) =>
        [p.properties.name, ...(p.properties.aliases ?? [])].some((n) => nameKey(n).startsWith(q)),
      )
      .map((p) => searchResultOf.collection(p));
    const g = loadGazetteer();
    const fromGazetteer = searchGazetteer(g, q, 20)
      .filter((e) => !ids.has(e.id))
      .map((e) => searchResultOf.gazetteer(e, g.geometry[e.id]));
    const places: PlaceResult[] = [...fromCollection, ...fromGazetteer].slice(0, 10);
    return jsonResponse({ places });
  } catch (e) {
    if (e instanceof StoreUnavailableError) return unavailableResponse();
    throw e;
  }
}
