/**
 * Every URL of the app is built and parsed here; no other file writes a path. The README's "URL
 * contract" is this file in prose: change one, change the other.
 *
 * A route is data ({ view, id? }); `routePath` turns it into a path and `parseRoute` turns a path
 * back into it, so the two cannot drift apart (the unit tests check both against hand-written
 * paths). A new kind of page is one more member of `Route`, one case in `routePath` and one entry
 * in `parseSegments`; a prefix for several articles (`/articles/<slug>/…`) would be parsed off
 * before `parseSegments` and put back by `routePath`.
 */

/**
 * The public address of the site, for absolute URLs (canonical links, previews, citations).
 * One setting: NEXT_PUBLIC_SITE_URL at build time; the default suits a local run.
 */
export const SITE_URL = (process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000').replace(
  /\/+$/,
  '',
);

/** The views that show the map with a place selected; a click on a mark stays in its view. */
export type MapView = 'places' | 'brief' | 'embed';

/** The resources the map loads with SWR. */
export type ApiResource = 'places' | 'basemap' | 'context/cities' | `context/regions/${string}`;

export type Route =
  /** `/` (nothing selected) or `/places/<id>`. */
  | { view: 'places'; id?: string }
  /** `/brief` (the first step) or `/brief/<id>`. */
  | { view: 'brief'; id?: string }
  /** `/embed` or `/embed/<id>`. */
  | { view: 'embed'; id?: string }
  /** `/article`, or `/article#p<n>` for one paragraph. */
  | { view: 'article'; paragraph?: number }
  | { view: 'handout' }
  /** `/previews/<id>.png`: a place's id, `home` or `article`. */
  | { view: 'preview'; id: string }
  /** `/slides/<id>.png`. */
  | { view: 'slide'; id: string }
  /** `/first-view/<id>.svg`: the map's first view drawn on the server, a place's id or `home`. */
  | { view: 'first-view'; id: string }
  | { view: 'api'; id: ApiResource }
  /** `/search?q=<text>`: full-text search; `/search` alone is the empty search page. */
  | { view: 'search'; q?: string }
  /** `/search-index.json`: what the static export's search looks in. */
  | { view: 'search-index' }
  /** Anything else: the app answers 404. */
  | { view: 'unknown' };

export type View = Route['view'];

const UNKNOWN: Route = { view: 'unknown' };

// Ids are plain words in the data; encoding only matters for hostile or mistyped input.
const seg = (s: string) => encodeURIComponent(s);

/** The element id of paragraph n in the article reader, the target of `/article#p<n>`. */
export const paragraphId = (n: number) => `p${n}`;

/** The path of a route. */
export function routePath(route: Route): string {
  switch (route.view) {
    case 'places':
      return route.id === undefined ? '/' : `/places/${seg(route.id)}`;
    case 'brief':
    case 'embed':
      return route.id === undefined ? `/${route.view}` : `/${route.view}/${seg(route.id)}`;
    case 'article':
      return route.paragraph ? `/article#${paragraphId(route.paragraph)}` : '/article';
    case 'handout':
      return '/handout';
    case 'preview':
      return `/previews/${seg(route.id)}.png`;
    case 'slide':
      return `/slides/${seg(route.id)}.png`;
    case 'first-view':
      return `/first-view/${seg(route.id)}.svg`;
    case 'api':
      return `/api/${route.id}`;
    case 'search':
      return route.q ? `/search?${new URLSearchParams({ q: route.q })}` : '/search';
    case 'search-index':
      return '/search-index.json';
    case 'unknown':
      throw new Error('An unknown route has no path');
  }
}

export const homePath = () => routePath({ view: 'places' });
export const placePath = (id: string) => routePath({ view: 'places', id });
export const briefPath = (id?: string) => routePath({ view: 'brief', id });
export const embedPath = (id?: string) => routePath({ view: 'embed', id });
/** The same place in another view of the map (where a click on a mark goes). */
export const mapViewPath = (view: MapView, id: string) => routePath({ view, id });
export const articlePath = (paragraph?: number) => routePath({ view: 'article', paragraph });
/** A link to paragraph n from inside the article reader itself. */
export const paragraphFragment = (n: number) => `#${paragraphId(n)}`;
export const handoutPath = () => routePath({ view: 'handout' });
/** Link-preview images, 1200×630: one per place plus `home` and `article`. */
export const previewPath = (id: string) => routePath({ view: 'preview', id });
/** Slide images for presentations, 1920×1080. */
export const slidePath = (id: string) => routePath({ view: 'slide', id });
/** The map's first view for a place, or for `/` when no place is given. */
export const firstViewPath = (id?: string) => routePath({ view: 'first-view', id: id ?? 'home' });
export const apiPath = (id: ApiResource) => routePath({ view: 'api', id });
/** One tile of the context layers' regions and smaller cities (`<col>-<row>`). */
export const contextTilePath = (tile: string) => apiPath(`context/regions/${tile}`);

/** The search page for a query (spaces as `+`, as a search form's GET sends them). */
export const searchPath = (q?: string) => routePath({ view: 'search', q });
export const searchIndexPath = () => routePath({ view: 'search-index' });

/**
 * Paragraph n of an article in its reader, `/articles/<slug>/read#p<n>` (the reader itself and
 * its route come with the article pages).
 */
export const articleReaderPath = (slug: string, n?: number) =>
  `/articles/${seg(slug)}/read${n ? `#${paragraphId(n)}` : ''}`;

export const absoluteUrl = (path: string) =>
  `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;

/** `<id>.png` → id; anything else → undefined. */
const png = (file: string) => (/^(.+)\.png$/.exec(file) ?? [])[1];

function parseSegments(segments: string[], hash: string, query: string): Route {
  // The context layers' resources sit one or two folders deeper than any other path.
  if (segments[0] === 'api' && segments[1] === 'context')
    return parseSegments(['api/context', segments.slice(2).join('/')], hash, query);
  const [first, second, ...rest] = segments;
  if (rest.length) return UNKNOWN;
  switch (first) {
    case undefined:
      return { view: 'places' };
    case 'places':
      return second === undefined ? UNKNOWN : { view: 'places', id: second };
    case 'brief':
    case 'embed':
      return second === undefined ? { view: first } : { view: first, id: second };
    case 'article': {
      if (second !== undefined) return UNKNOWN;
      const n = /^#p([1-9]\d*)$/.exec(hash)?.[1];
      return n ? { view: 'article', paragraph: Number(n) } : { view: 'article' };
    }
    case 'handout':
      return second === undefined ? { view: 'handout' } : UNKNOWN;
    case 'previews':
    case 'slides': {
      const id = second === undefined ? undefined : png(second);
      if (!id) return UNKNOWN;
      return { view: first === 'previews' ? 'preview' : 'slide', id };
    }
    case 'first-view': {
      const id = second === undefined ? undefined : (/^(.+)\.svg$/.exec(second) ?? [])[1];
      return id ? { view: 'first-view', id } : UNKNOWN;
    }
    case 'search': {
      if (second !== undefined) return UNKNOWN;
      const q = new URLSearchParams(query).get('q');
      return q ? { view: 'search', q } : { view: 'search' };
    }
    case 'search-index.json':
      return second === undefined ? { view: 'search-index' } : UNKNOWN;
    case 'api':
      return second === 'places' || second === 'basemap' ? { view: 'api', id: second } : UNKNOWN;
    case 'api/context': {
      if (second === 'cities') return { view: 'api', id: 'context/cities' };
      const tile = /^regions\/(\d+-\d+)$/.exec(second ?? '')?.[1];
      return tile ? { view: 'api', id: `context/regions/${tile}` } : UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

/**
 * What a path shows: `parseRoute('/places/moscow')` → `{ view: 'places', id: 'moscow' }`. Takes a
 * pathname (as `usePathname()` gives it) or a path with a query and fragment; one trailing slash
 * is allowed (static hosts add one); segments are percent-decoded, and an undecodable one is
 * unknown. Ids are not checked against the data: the pages answer 404 for ids they do not have.
 */
export function parseRoute(path: string): Route {
  const hash = path.includes('#') ? path.slice(path.indexOf('#')) : '';
  const query = /\?([^#]*)/.exec(path)?.[1] ?? '';
  let pathname = path.split(/[?#]/)[0];
  if (!pathname.startsWith('/')) return UNKNOWN;
  if (pathname.length > 1 && pathname.endsWith('/')) pathname = pathname.slice(0, -1);
  const raw = pathname === '/' ? [] : pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const s of raw) {
    if (!s) return UNKNOWN;
    try {
      segments.push(decodeURIComponent(s));
    } catch {
      return UNKNOWN;
    }
  }
  return parseSegments(segments, hash, query);
}

/** The view and place a path selects on the map; any other page counts as the places view. */
export function mapRoute(path: string): { view: MapView; id?: string } {
  const route = parseRoute(path);
  return route.view === 'places' || route.view === 'brief' || route.view === 'embed'
    ? { view: route.view, id: route.id }
    : { view: 'places' };
}
