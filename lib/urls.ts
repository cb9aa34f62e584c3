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

/** The resources the pages load in the browser (lib/use-fetched.ts). */
export type ApiResource =
  | 'places'
  | 'basemap'
  /** The basemap for the wide views (zoom below BASEMAP_DETAIL_ZOOM): fewer bends, half the bytes. */
  | 'basemap-overview'
  | 'health'
  | 'context/cities'
  /** The timeline's data: the collection's, or one article's. */
  | 'timeline'
  | `articles/${string}/timeline`
  | `context/regions/${string}`
  | `articles/${string}/places`
  /** The editors' write API (`next start` only): sign-in, sign-out, publish, unpublish, correct. */
  | 'editor/sign-in'
  | 'editor/sign-out'
  | 'editor/articles'
  /** The editors' review: draft an article from text, search places to mention. */
  | 'editor/draft'
  | 'editor/places'
  | `editor/articles/${string}/${'unpublish' | 'correct'}`;

export type Route =
  /**
   * `/` (the whole collection, nothing selected) or `/places/<id>` (every excerpt about the
   * place), `/places/<id>?page=<n>` for the n-th page of its excerpts (n ≥ 2), and
   * `?order=events` for them in the order of the events they describe (not by article).
   */
  | { view: 'places'; id?: string; page?: number; order?: 'events' }
  /** `/brief` (the first step) or `/brief/<id>`; under `/articles/<slug>` for that article. */
  | { view: 'brief'; id?: string; article?: string }
  /** `/embed` or `/embed/<id>`; under `/articles/<slug>` for that article. */
  | { view: 'embed'; id?: string; article?: string }
  /** `/handout`, or `/articles/<slug>/handout`. */
  | { view: 'handout'; article?: string }
  /** `/places`: every place of the collection, most-mentioned first (`/` lists the first 100). */
  | { view: 'place-index' }
  /** `/articles`: every article, newest first. */
  | { view: 'articles' }
  /** `/articles/<slug>`: one article on the map, its places only. */
  | { view: 'article-map'; article: string }
  /** `/articles/<slug>/read`, or `…/read#p<n>` for one paragraph: the article reader. */
  | { view: 'reader'; article: string; paragraph?: number }
  /** `/article` (and `/article#p<n>`): the first address of the reader, forwarded to the seed's. */
  | { view: 'article'; paragraph?: number }
  /** `/previews/<id>.png`: a place's id, `home` or `article`. */
  | { view: 'preview'; id: string }
  /** `/slides/<id>.png`. */
  | { view: 'slide'; id: string }
  /** `/first-view/<id>.svg`: the map's first view drawn on the server, a place's id or `home`. */
  | { view: 'first-view'; id: string }
  | { view: 'api'; id: ApiResource }
  /** `/status`: the collection's database and size, checked on each request (`next start` only). */
  | { view: 'status' }
  /** `/unavailable?from=<path>`: the 503 page a page rendered on demand sends readers to. */
  | { view: 'unavailable'; from?: string }
  /** `/search?q=<text>`: full-text search; `/search` alone is the empty search page. */
  | { view: 'search'; q?: string }
  /** `/search-index.json`: what the static export's search looks in. */
  | { view: 'search-index' }
  /** `/editor`: the editors' workbench (`next start` only; signed out, it sends to sign-in). */
  | { view: 'editor' }
  /** `/editor/sign-in`, `?error=wrong|wait|origin` after a failed attempt. */
  | { view: 'editor-sign-in'; error?: string }
  /** Anything else: the app answers 404. */
  | { view: 'unknown' };

export type View = Route['view'];

const UNKNOWN: Route = { view: 'unknown' };

// Ids are plain words in the data; encoding only matters for hostile or mistyped input.
const seg = (s: string) => encodeURIComponent(s);

/** The element id of paragraph n in the article reader, the target of `/article#p<n>`. */
export const paragraphId = (n: number) => `p${n}`;

/** `/articles/<slug>`, the prefix of one article's own views. */
const articleBase = (slug: string) => `/articles/${seg(slug)}`;
const under = (slug: string | undefined, path: string) =>
  slug === undefined ? path : `${articleBase(slug)}${path}`;
const fragment = (n?: number) => (n ? `#${paragraphId(n)}` : '');

/** The path of a route. */
export function routePath(route: Route): string {
  switch (route.view) {
    case 'places':
      if (route.id === undefined) return '/';
      return `/places/${seg(route.id)}${route.order ? '?order=events' : ''}${route.page && route.page > 1 ? `${route.order ? '&' : '?'}page=${route.page}` : ''}`;
    case 'brief':
    case 'embed':
      return under(
        route.article,
        route.id === undefined ? `/${route.view}` : `/${route.view}/${seg(route.id)}`,
      );
    case 'article':
      return `/article${fragment(route.paragraph)}`;
    case 'place-index':
      return '/places';
    case 'articles':
      return '/articles';
    case 'article-map':
      return articleBase(route.article);
    case 'reader':
      return `${articleBase(route.article)}/read${fragment(route.paragraph)}`;
    case 'handout':
      return under(route.article, '/handout');
    case 'preview':
      return `/previews/${seg(route.id)}.png`;
    case 'slide':
      return `/slides/${seg(route.id)}.png`;
    case 'first-view':
      return `/first-view/${seg(route.id)}.svg`;
    case 'api':
      return `/api/${route.id}`;
    case 'status':
      return '/status';
    case 'unavailable':
      return route.from ? `/unavailable?from=${encodeURIComponent(route.from)}` : '/unavailable';
    case 'search':
      return route.q ? `/search?${new URLSearchParams({ q: route.q })}` : '/search';
    case 'search-index':
      return '/search-index.json';
    case 'editor':
      return '/editor';
    case 'editor-sign-in':
      return route.error
        ? `/editor/sign-in?${new URLSearchParams({ error: route.error })}`
        : '/editor/sign-in';
    case 'unknown':
      throw new Error('An unknown route has no path');
  }
}

export const homePath = () => routePath({ view: 'places' });

/**
 * The app's dynamic routes as Next names them, for revalidatePath(pattern, type): every article's
 * pages (a layout: its map, reader, briefing, handout, embeds) and every place's page.
 */
export const ROUTE_PATTERNS = {
  article: { path: '/articles/[slug]', type: 'layout' },
  place: { path: '/places/[id]', type: 'page' },
} as const;
/**
 * A place across the whole collection; `page` ≥ 2 for later pages of its excerpts; `order`
 * 'events' for them in the order of the events they describe.
 */
export const placePath = (id: string, page?: number, order?: 'events') =>
  routePath({ view: 'places', id, page, order });
/** The briefing (the demo article's, or with `article` that article's). */
export const briefPath = (id?: string, article?: string) =>
  routePath({ view: 'brief', id, article });
export const embedPath = (id?: string, article?: string) =>
  routePath({ view: 'embed', id, article });
/**
 * The same place in another view of the map (where a click on a mark goes). A click on one
 * article's map (`/articles/<slug>`) opens the place across the collection.
 */
export const mapViewPath = (view: MapView, id: string, article?: string) =>
  view === 'places' ? placePath(id) : routePath({ view, id, article });
/** The reader's first address, kept for links already sent: it forwards to the seed's reader. */
export const articlePath = (paragraph?: number) => routePath({ view: 'article', paragraph });
/** Every article, newest first. */
export const articlesPath = () => routePath({ view: 'articles' });
/** Every place, most-mentioned first. */
export const placeIndexPath = () => routePath({ view: 'place-index' });
/** One article on the map. */
export const articleMapPath = (slug: string) => routePath({ view: 'article-map', article: slug });
/** One article's reader, at paragraph n if given. */
export const readerPath = (slug: string, paragraph?: number) =>
  routePath({ view: 'reader', article: slug, paragraph });
/** A link to paragraph n from inside the article reader itself. */
export const paragraphFragment = (n: number) => `#${paragraphId(n)}`;
export const handoutPath = (article?: string) => routePath({ view: 'handout', article });
/** Link-preview images, 1200×630: one per place plus `home` and `article`. */
export const previewPath = (id: string) => routePath({ view: 'preview', id });
/** Slide images for presentations, 1920×1080. */
export const slidePath = (id: string) => routePath({ view: 'slide', id });
/** The map's first view for a place, or for `/` when no place is given. */
export const firstViewPath = (id?: string) => routePath({ view: 'first-view', id: id ?? 'home' });
export const apiPath = (id: ApiResource) => routePath({ view: 'api', id });
export const statusPath = () => routePath({ view: 'status' });
/** The 503 page; its Retry link goes back to `from`, a path on this site (else home). */
export const unavailablePath = (from?: string) =>
  routePath({ view: 'unavailable', from: from && isLocalPath(from) ? from : undefined });
/** A path on this site (`/…`, not `//host/…`): safe to link back to. */
export const isLocalPath = (path: string) => /^\/(?![/\\])/.test(path);
/** One tile of the context layers' regions and smaller cities (`<col>-<row>`). */
export const contextTilePath = (tile: string) => apiPath(`context/regions/${tile}`);
/** One article's places, in the shape of /api/places. */
export const articlePlacesApiPath = (slug: string) => apiPath(`articles/${seg(slug)}/places`);

/** The search page for a query (spaces as `+`, as a search form's GET sends them). */
export const searchPath = (q?: string) => routePath({ view: 'search', q });
export const searchIndexPath = () => routePath({ view: 'search-index' });

/** The editors' workbench, and its sign-in page (with why the last attempt failed). */
export const editorPath = () => routePath({ view: 'editor' });
export const signInPath = (error?: string) => routePath({ view: 'editor-sign-in', error });
/** POST: sign in (form or JSON `{ name, password }`), sign out. */
export const signInApiPath = () => apiPath('editor/sign-in');
export const signOutApiPath = () => apiPath('editor/sign-out');
/** POST: publish an article (`{ article, newPlaces }`). */
export const editorArticlesApiPath = () => apiPath('editor/articles');
/** POST: draft an article from pasted text or an uploaded file (the review's suggestions). */
export const draftApiPath = () => apiPath('editor/draft');
/** GET: places in the gazetteer and the collection whose names start with the query. */
export const editorPlacesApiPath = (q: string) =>
  `${apiPath('editor/places')}?${new URLSearchParams({ q })}`;
/** POST: unpublish a published article; publish a correction of it (its next revision). */
export const unpublishApiPath = (slug: string) => apiPath(`editor/articles/${seg(slug)}/unpublish`);
export const correctApiPath = (slug: string) => apiPath(`editor/articles/${seg(slug)}/correct`);

/** Paragraph n of an article in its reader: the same as readerPath (search's name for it). */
export const articleReaderPath = (slug: string, n?: number) => readerPath(slug, n);

export const absoluteUrl = (path: string) =>
  `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;

/** `<id>.png` → id; anything else → undefined. */
const png = (file: string) => (/^(.+)\.png$/.exec(file) ?? [])[1];

/** `#p<n>` → n; anything else → undefined. */
const paragraphOf = (hash: string) => {
  const n = /^#p([1-9]\d*)$/.exec(hash)?.[1];
  return n ? Number(n) : undefined;
};

/** `/articles`, `/articles/<slug>`, and the views under `/articles/<slug>/`. */
function parseArticleSegments(segments: string[], hash: string): Route {
  const [slug, view, ...rest] = segments;
  if (slug === undefined) return { view: 'articles' };
  if (view === undefined) return { view: 'article-map', article: slug };
  if (view === 'read')
    return rest.length ? UNKNOWN : withParagraph({ view: 'reader', article: slug }, hash);
  if (view !== 'brief' && view !== 'embed' && view !== 'handout') return UNKNOWN;
  const route = parseSegments([view, ...rest], '');
  return route.view === view ? { ...route, article: slug } : UNKNOWN;
}

function withParagraph<R extends Route & { paragraph?: number }>(route: R, hash: string): R {
  const paragraph = paragraphOf(hash);
  return paragraph ? { ...route, paragraph } : route;
}

/** `/api/editor/…`: the segments after `editor`. */
function parseEditorApi([first, slug, action, ...rest]: string[]): Route {
  if (rest.length) return UNKNOWN;
  if (
    (first === 'sign-in' || first === 'sign-out' || first === 'draft' || first === 'places') &&
    slug === undefined
  )
    return { view: 'api', id: `editor/${first}` };
  if (first !== 'articles') return UNKNOWN;
  if (slug === undefined) return { view: 'api', id: 'editor/articles' };
  return action === 'unpublish' || action === 'correct'
    ? { view: 'api', id: `editor/articles/${slug}/${action}` }
    : UNKNOWN;
}

/** `?page=<n>` with n ≥ 2 → n; page 1 is the place's own address. */
const pageOf = (query: string) => {
  const n = /(?:^|&)page=([1-9]\d{0,5})(?:&|$)/.exec(query)?.[1];
  return n && Number(n) > 1 ? Number(n) : undefined;
};

function parseSegments(segments: string[], hash: string, query = ''): Route {
  // The context layers' resources sit one or two folders deeper than any other path.
  if (segments[0] === 'api' && segments[1] === 'context')
    return parseSegments(['api/context', segments.slice(2).join('/')], hash);
  if (segments[0] === 'api' && segments[1] === 'articles') {
    const [, , slug, resource, ...rest] = segments;
    return slug !== undefined && (resource === 'places' || resource === 'timeline') && !rest.length
      ? { view: 'api', id: `articles/${slug}/${resource}` }
      : UNKNOWN;
  }
  if (segments[0] === 'api' && segments[1] === 'editor') return parseEditorApi(segments.slice(2));
  if (segments[0] === 'articles') return parseArticleSegments(segments.slice(1), hash);
  const [first, second, ...rest] = segments;
  if (rest.length) return UNKNOWN;
  switch (first) {
    case undefined:
      return { view: 'places' };
    case 'places': {
      if (second === undefined) return { view: 'place-index' };
      const page = pageOf(query);
      const order = new URLSearchParams(query).get('order') === 'events' ? 'events' : undefined;
      return {
        view: 'places',
        id: second,
        ...(page ? { page } : {}),
        ...(order ? { order } : {}),
      };
    }
    case 'brief':
    case 'embed':
      return second === undefined ? { view: first } : { view: first, id: second };
    case 'article':
      return second === undefined ? withParagraph({ view: 'article' }, hash) : UNKNOWN;
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
      return second === 'places' ||
        second === 'basemap' ||
        second === 'basemap-overview' ||
        second === 'health' ||
        second === 'timeline'
        ? { view: 'api', id: second }
        : UNKNOWN;
    case 'status':
      return second === undefined ? { view: 'status' } : UNKNOWN;
    case 'unavailable':
      return second === undefined ? { view: 'unavailable' } : UNKNOWN;
    case 'editor': {
      if (second === undefined) return { view: 'editor' };
      if (second !== 'sign-in') return UNKNOWN;
      const error = new URLSearchParams(query).get('error');
      return error ? { view: 'editor-sign-in', error } : { view: 'editor-sign-in' };
    }
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
  const query = /^[^#?]*\?([^#]*)/.exec(path)?.[1] ?? '';
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

/**
 * The view and place a path selects on the map, and the article it shows (its own briefing or
 * embed, or `/articles/<slug>`); any other page counts as the places view of the collection.
 */
export function mapRoute(path: string): { view: MapView; id?: string; article?: string } {
  const route = parseRoute(path);
  switch (route.view) {
    case 'places':
      return { view: 'places', id: route.id };
    case 'brief':
    case 'embed':
      return route.article === undefined
        ? { view: route.view, id: route.id }
        : { view: route.view, id: route.id, article: route.article };
    case 'article-map':
      return { view: 'places', article: route.article };
    default:
      return { view: 'places' };
  }
}

/**
 * The places the map on a page draws: one article's (its own map, briefing and embed) or, on
 * every other page, the whole collection's. The original briefing and embed are the demo
 * article's, whose places are the collection's while it is the only article.
 */
export function placesDataPath(path: string): string {
  const { article } = mapRoute(path);
  return article === undefined ? apiPath('places') : articlePlacesApiPath(article);
}

/**
 * The timeline's range of months, `?from=2021-12&to=2022-01` on any page with the map (either
 * end alone is a range of one month; ends given the wrong way round are swapped).
 */
export type MonthRange = { from: string; to: string };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function rangeOf(search: string | URLSearchParams): MonthRange | undefined {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const from = q.get('from') ?? '';
  const to = q.get('to') ?? '';
  const ok = [from, to].filter((m) => MONTH.test(m)).sort();
  if (!ok.length) return undefined;
  return { from: ok[0], to: ok.at(-1)! };
}

/**
 * `path` (a path with no query or fragment, as the builders above give) with the range of the
 * page the browser shows, so that moving from place to place (a click on the map, a key in the
 * briefing, Escape) keeps the timeline's filter.
 */
export function keepRange(path: string): string {
  const r = typeof window === 'undefined' ? undefined : rangeOf(window.location.search);
  return r ? `${path}${path.includes('?') ? '&' : '?'}from=${r.from}&to=${r.to}` : path;
}
