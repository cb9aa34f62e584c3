// Everything the server reads: the collection (from the database, lib/store/), the basemap and
// the briefing. The one door from pages and route handlers to the store.
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from './article';
import type { Place, Places } from './places-schema';
import { asCountriesTopology, countriesOf } from './basemap-data';
import type { CountryFeature } from './svg-map';
import { briefingOrder } from './briefing';
import type { Db } from './store/db';
import { StoreUnavailableError } from './store/db';
import { redirect } from 'next/navigation';
import { unavailablePath } from './urls';
import { openStore, storeHealth, COLLECTION_DIR, type Health } from './store/open';
import { articleView, type ArticleView } from './collection/article-view';
import {
  getArticleFile,
  getCollectionPlace as getStoredPlace,
  listArticles,
  listPlaceSummaries,
  mentionedPlaces,
  placeMentions,
  timelineRows,
} from './store/collection-store';
import { buildTimeline, type TimelineData } from './timeline';
import { searchCollection, searchIndex } from './store/search';
import { SEARCH_LIMIT } from './search-types';

/**
 * The benchmark's synthetic collection (COLLECTION_DIR set by bench/bench.mjs) is not the real
 * one; pages say so.
 */
export const SYNTHETIC = path.normalize(COLLECTION_DIR) !== path.join('data', 'collection');

/** The article the original one-article URLs show (/, /places/<id>, /brief, /handout, /embed). */
export const DEMO_ARTICLE = process.env.DEMO_ARTICLE || 'putin-keeps-all-options-open';

let opening: Promise<Db> | undefined;

/**
 * The store, opened, migrated and seeded once per process. A failure is logged with its cause and
 * retried on the next call, so the app recovers when the database returns, with no restart (a
 * PostgreSQL pool whose server went away reconnects by itself).
 */
export async function getDb(): Promise<Db> {
  if (!opening) {
    opening = openStore();
    opening.catch(() => (opening = undefined));
  }
  try {
    return await opening;
  } catch (e) {
    throw logged(e);
  }
}

/** Logs a StoreUnavailableError's cause (once per error) and hands the error back. */
function logged(e: unknown): unknown {
  if (e instanceof StoreUnavailableError && !reported.has(e)) {
    reported.add(e);
    console.error(`[store] ${e.message}`, { cause: e.cause });
  }
  return e;
}
const reported = new WeakSet<Error>();

/**
 * What this process has read from the collection. It lives on globalThis, not in module variables:
 * Next bundles the route handlers and the pages into separate runtimes, each with a copy of this
 * module, and the editor's write (a route handler) must clear what the pages read. With a copy
 * each, a page asked for a slug before its publish kept "no such article" and answered 404 after.
 */
type CollectionCache = {
  views: Map<string, Promise<ArticleView | undefined>>;
  collectionPlaces?: Promise<Places>;
  placeSummaries?: ReturnType<typeof listPlaceSummaries>;
  timeline?: Promise<TimelineData>;
};
const CACHE_KEY = Symbol.for('ukraine-crisis-map.collection-cache');
const cache: CollectionCache = ((globalThis as { [CACHE_KEY]?: CollectionCache })[CACHE_KEY] ??= {
  views: new Map(),
});

/**
 * Forgets what this process has cached from the collection (article views, the map's places, the
 * place counts): an editor's publish, unpublish or correction changed it (lib/editor-server.ts).
 */
export function invalidateCollection(): void {
  cache.views.clear();
  cache.collectionPlaces = undefined;
  cache.placeSummaries = undefined;
  cache.timeline = undefined;
}

/** The database's dialect and its number of articles, or StoreUnavailableError (logged). */
export async function getHealth(): Promise<Health> {
  try {
    return await storeHealth(await getDb());
  } catch (e) {
    throw logged(e);
  }
}

/**
 * For pages rendered on demand: runs load; if the store is unavailable, logs the cause and sends
 * the reader to the 503 page, whose Retry link comes back to `from`. (Next cannot give a page any
 * status but 200, 404 or 500; a route handler can answer 503.) At build time the error stands: a
 * build must fail rather than bake an outage into a static page.
 */
export async function orUnavailable<T>(from: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (!(e instanceof StoreUnavailableError) || process.env.NEXT_PHASE === PHASE_BUILD) throw e;
    logged(e);
    redirect(unavailablePath(from));
  }
}
const PHASE_BUILD = 'phase-production-build';

/**
 * One article's view (its places and their excerpts); cached until an editor changes the
 * collection (invalidateCollection).
 */
export function getArticleView(slug: string): Promise<ArticleView | undefined> {
  const { views } = cache;
  let v = views.get(slug);
  if (!v) {
    v = (async () => {
      const db = await getDb();
      const file = await getArticleFile(db, slug);
      if (!file) return undefined;
      const places = new Map<string, Awaited<ReturnType<typeof getStoredPlace>>>();
      for (const p of file.places) places.set(p.place, await getStoredPlace(db, p.place));
      return articleView(file, (id) => places.get(id));
    })();
    v.catch(() => views.delete(slug));
    views.set(slug, v);
  }
  return v;
}

async function demo(): Promise<ArticleView> {
  const view = await getArticleView(DEMO_ARTICLE);
  if (!view) throw new Error(`the collection has no article "${DEMO_ARTICLE}" (DEMO_ARTICLE)`);
  return view;
}

export async function getPlaces(): Promise<Places> {
  return (await demo()).places;
}

export async function getPlace(id: string): Promise<Place | undefined> {
  return (await demo()).places.features.find((p) => p.id === id);
}

export async function getArticle(): Promise<Article> {
  return (await demo()).article;
}

/** The briefing's steps, in order. */
export async function getBriefing(): Promise<Place[]> {
  return briefingOf(await demo());
}

/** One article's briefing steps, in order (the data's order or the order of first mention). */
export function briefingOf({ article, places }: ArticleView): Place[] {
  return briefingOrder(places, (n) => article.paragraphs.find((p) => p.n === n)?.text ?? '');
}

/** One article's listing (title, publisher, date, counts), or undefined for an unknown slug. */
export async function getArticleSummary(slug: string) {
  return (await getArticleSummaries()).find((a) => a.slug === slug);
}

/**
 * Every place of every article, for the map of the whole collection (/api/places): geometry,
 * name, kind, the newest article's summary and how many articles mention it. No excerpts: the place pages carry those, and the
 * map never shows them.
 */
export function getCollectionPlaces(): Promise<Places> {
  if (!cache.collectionPlaces) {
    const load = (async (): Promise<Places> => {
      const rows = await mentionedPlaces(await getDb());
      const features: Place[] = rows.map(({ place, summary, articles }) => ({
        ...place,
        properties: { ...place.properties, summary, articles, excerpts: [] },
      }));
      return { type: 'FeatureCollection', features };
    })();
    load.catch(() => (cache.collectionPlaces = undefined));
    cache.collectionPlaces = load;
  }
  return cache.collectionPlaces;
}

/** A place of the collection (its newest article's summary), or undefined for an unknown id. */
export async function getCollectionPlace(id: string): Promise<Place | undefined> {
  return (await getCollectionPlaces()).features.find((p) => p.id === id);
}

export async function getArticleSummaries() {
  return listArticles(await getDb());
}

/** Every place with its counts, most-mentioned first; read once until the collection changes. */
export function getPlaceSummaries() {
  if (!cache.placeSummaries) {
    const load = getDb().then(listPlaceSummaries);
    load.catch(() => (cache.placeSummaries = undefined));
    cache.placeSummaries = load;
  }
  return cache.placeSummaries;
}

/** The places on the map, most-mentioned first, with how many excerpts speak of each: the lists. */
export async function getListedPlaces() {
  const onMap = new Set((await getCollectionPlaces()).features.map((p) => p.id));
  return (await getPlaceSummaries())
    .filter((p) => onMap.has(p.id))
    .map((p) => ({ id: p.id, name: p.name, kind: p.kind, excerpts: p.mentions }));
}

/**
 * The timeline of the whole collection, or of one article (undefined for an unknown slug): what
 * /api/timeline and /api/articles/<slug>/timeline serve.
 */
export async function getTimeline(slug?: string): Promise<TimelineData | undefined> {
  if (slug !== undefined) {
    if (!(await getArticleView(slug))) return undefined;
    const { rows, articles } = await timelineRows(await getDb(), slug);
    return buildTimeline(rows, articles);
  }
  if (!cache.timeline) {
    const load = getDb()
      .then((db) => timelineRows(db))
      .then(({ rows, articles }) => buildTimeline(rows, articles));
    load.catch(() => (cache.timeline = undefined));
    cache.timeline = load;
  }
  return cache.timeline;
}

export async function getPlaceMentions(id: string, limit: number, offset = 0) {
  return placeMentions(await getDb(), id, limit, offset);
}

/** The search page's answer for what a reader typed (any text: see lib/search-query.ts). */
export async function searchSite(q: unknown) {
  return searchCollection(await getDb(), q, SEARCH_LIMIT);
}

/** Everything search looks in, for the static export's search in the browser. */
export async function getSearchIndex() {
  return searchIndex(await getDb());
}

/** The basemap's TopoJSON as sent: the whole detail, or the overview for the map's wide views. */
export function getBasemapText(detail: 'full' | 'overview' = 'full'): string {
  const file = detail === 'full' ? 'basemap.topo.json' : 'basemap-overview.topo.json';
  return readFileSync(path.join(process.cwd(), 'data', file), 'utf8');
}

let countries: CountryFeature[] | undefined;

/** The basemap's countries as GeoJSON, for maps drawn on the server. */
export function getCountries(): CountryFeature[] {
  if (!countries) {
    countries = countriesOf(asCountriesTopology(JSON.parse(getBasemapText()))).features;
  }
  return countries;
}
