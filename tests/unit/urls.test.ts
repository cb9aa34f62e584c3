import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  apiPath,
  articleMapPath,
  articlePath,
  articlePlacesApiPath,
  articlesPath,
  placeIndexPath,
  articleReaderPath,
  briefPath,
  contextTilePath,
  correctApiPath,
  editorArticlesApiPath,
  draftApiPath,
  editorPlacesApiPath,
  editorPath,
  embedPath,
  firstViewPath,
  handoutPath,
  homePath,
  mapRoute,
  mapViewPath,
  paragraphFragment,
  paragraphId,
  parseRoute,
  placePath,
  placesDataPath,
  previewPath,
  readerPath,
  routePath,
  searchIndexPath,
  searchPath,
  signInApiPath,
  signInPath,
  signOutApiPath,
  slidePath,
  statusPath,
  unavailablePath,
  unpublishApiPath,
  type Route,
} from '@/lib/urls';

describe('URL builders', () => {
  it('write every route of the README’s URL contract', () => {
    expect(homePath()).toBe('/');
    expect(placePath('moscow')).toBe('/places/moscow');
    expect(placePath('border-region')).toBe('/places/border-region');
    expect(briefPath()).toBe('/brief');
    expect(briefPath('crimea')).toBe('/brief/crimea');
    expect(embedPath()).toBe('/embed');
    expect(embedPath('luhansk')).toBe('/embed/luhansk');
    expect(mapViewPath('brief', 'donetsk')).toBe('/brief/donetsk');
    expect(mapViewPath('places', 'donetsk')).toBe('/places/donetsk');
    expect(articlePath()).toBe('/article');
    expect(articlePath(13)).toBe('/article#p13');
    expect(paragraphId(13)).toBe('p13');
    expect(paragraphFragment(13)).toBe('#p13');
    expect(handoutPath()).toBe('/handout');
    expect(previewPath('home')).toBe('/previews/home.png');
    expect(previewPath('brussels')).toBe('/previews/brussels.png');
    expect(slidePath('crimea')).toBe('/slides/crimea.png');
    expect(apiPath('places')).toBe('/api/places');
    expect(apiPath('basemap')).toBe('/api/basemap');
    expect(apiPath('basemap-overview')).toBe('/api/basemap-overview');
    expect(apiPath('context/cities')).toBe('/api/context/cities');
    expect(contextTilePath('3-2')).toBe('/api/context/regions/3-2');
    expect(firstViewPath()).toBe('/first-view/home.svg');
    expect(firstViewPath('luhansk')).toBe('/first-view/luhansk.svg');
    expect(searchPath()).toBe('/search');
    expect(searchPath('Luhansk')).toBe('/search?q=Luhansk');
    expect(searchPath('NATO-Russia Council')).toBe('/search?q=NATO-Russia+Council');
    expect(searchIndexPath()).toBe('/search-index.json');
    expect(articleReaderPath('putin-keeps-all-options-open', 13)).toBe(
      '/articles/putin-keeps-all-options-open/read#p13',
    );
    expect(articleReaderPath('putin-keeps-all-options-open')).toBe(
      '/articles/putin-keeps-all-options-open/read',
    );
  });

  it('encode a search query whole, whatever it holds', () => {
    expect(searchPath('"a" & b=c #d ?e%')).toBe('/search?q=%22a%22+%26+b%3Dc+%23d+%3Fe%25');
    for (const q of ['"a" & b=c #d ?e%', 'x/y\\z', '  ', '😀 é', '+plus+'])
      expect(parseRoute(searchPath(q)), q).toEqual({ view: 'search', q });
  });

  it('write the collection’s routes: articles, one article’s views, pages of a place', () => {
    expect(articlesPath()).toBe('/articles');
    expect(placeIndexPath()).toBe('/places');
    expect(articleMapPath('some-article')).toBe('/articles/some-article');
    expect(readerPath('some-article')).toBe('/articles/some-article/read');
    expect(readerPath('some-article', 13)).toBe('/articles/some-article/read#p13');
    expect(briefPath(undefined, 'some-article')).toBe('/articles/some-article/brief');
    expect(briefPath('crimea', 'some-article')).toBe('/articles/some-article/brief/crimea');
    expect(embedPath(undefined, 'some-article')).toBe('/articles/some-article/embed');
    expect(embedPath('luhansk', 'some-article')).toBe('/articles/some-article/embed/luhansk');
    expect(handoutPath('some-article')).toBe('/articles/some-article/handout');
    expect(articlePlacesApiPath('some-article')).toBe('/api/articles/some-article/places');
    expect(placePath('luhansk', 1)).toBe('/places/luhansk');
    expect(placePath('luhansk', 2)).toBe('/places/luhansk?page=2');
    // A click on a mark stays in the article's briefing or embed; on its map it opens the place.
    expect(mapViewPath('brief', 'moscow', 'some-article')).toBe(
      '/articles/some-article/brief/moscow',
    );
    expect(mapViewPath('embed', 'moscow', 'some-article')).toBe(
      '/articles/some-article/embed/moscow',
    );
    expect(mapViewPath('places', 'moscow', 'some-article')).toBe('/places/moscow');
    expect(articleMapPath('a/b')).toBe('/articles/a%2Fb');
  });

  it('encode what is not a plain word, so an id cannot add a path segment', () => {
    expect(placePath('a b')).toBe('/places/a%20b');
    expect(placePath('../api/places')).toBe('/places/..%2Fapi%2Fplaces');
    expect(embedPath('café')).toBe('/embed/caf%C3%A9');
  });

  it('make absolute URLs from the one site address', () => {
    // The default address: no NEXT_PUBLIC_SITE_URL in the unit tests' environment.
    expect(absoluteUrl('/places/moscow')).toBe('http://localhost:3000/places/moscow');
    expect(absoluteUrl('handout')).toBe('http://localhost:3000/handout');
  });

  it('send readers of an unavailable page back to it, and only to this site', () => {
    expect(statusPath()).toBe('/status');
    expect(apiPath('health')).toBe('/api/health');
    expect(unavailablePath('/places/luhansk?x=1')).toBe(
      '/unavailable?from=%2Fplaces%2Fluhansk%3Fx%3D1',
    );
    expect(unavailablePath('//evil.example/')).toBe('/unavailable');
    expect(unavailablePath('/\\evil.example/')).toBe('/unavailable');
    expect(unavailablePath('https://evil.example/')).toBe('/unavailable');
    expect(unavailablePath()).toBe('/unavailable');
  });

  it('write the editors’ pages and write API', () => {
    expect(editorPath()).toBe('/editor');
    expect(signInPath()).toBe('/editor/sign-in');
    expect(signInPath('wrong')).toBe('/editor/sign-in?error=wrong');
    expect(signInApiPath()).toBe('/api/editor/sign-in');
    expect(signOutApiPath()).toBe('/api/editor/sign-out');
    expect(editorArticlesApiPath()).toBe('/api/editor/articles');
    expect(draftApiPath()).toBe('/api/editor/draft');
    expect(editorPlacesApiPath('Khar kiv&x')).toBe('/api/editor/places?q=Khar+kiv%26x');
    expect(parseRoute('/api/editor/draft')).toEqual({ view: 'api', id: 'editor/draft' });
    expect(parseRoute('/api/editor/places')).toEqual({ view: 'api', id: 'editor/places' });
    expect(unpublishApiPath('some-article')).toBe('/api/editor/articles/some-article/unpublish');
    expect(correctApiPath('some-article')).toBe('/api/editor/articles/some-article/correct');
    expect(unpublishApiPath('a/b')).toBe('/api/editor/articles/a%2Fb/unpublish');
  });

  it('have no path for an unknown route', () => {
    expect(() => routePath({ view: 'unknown' })).toThrow();
  });
});

describe('parseRoute', () => {
  const cases: [string, Route][] = [
    ['/', { view: 'places' }],
    ['/places/moscow', { view: 'places', id: 'moscow' }],
    ['/places/border-region', { view: 'places', id: 'border-region' }],
    ['/brief', { view: 'brief' }],
    ['/brief/crimea', { view: 'brief', id: 'crimea' }],
    ['/embed', { view: 'embed' }],
    ['/embed/luhansk', { view: 'embed', id: 'luhansk' }],
    ['/first-view/home.svg', { view: 'first-view', id: 'home' }],
    ['/first-view/luhansk.svg', { view: 'first-view', id: 'luhansk' }],
    ['/first-view/luhansk', { view: 'unknown' }],
    ['/api/health', { view: 'api', id: 'health' }],
    ['/status', { view: 'status' }],
    ['/unavailable?from=%2Fstatus', { view: 'unavailable' }],
    ['/status/x', { view: 'unknown' }],
    ['/api/context/cities', { view: 'api', id: 'context/cities' }],
    ['/api/context/regions/3-2', { view: 'api', id: 'context/regions/3-2' }],
    ['/api/context/regions/x', { view: 'unknown' }],
    ['/api/context/regions/3-2/more', { view: 'unknown' }],
    ['/api/context', { view: 'unknown' }],
    ['/article', { view: 'article' }],
    ['/article#p13', { view: 'article', paragraph: 13 }],
    ['/handout', { view: 'handout' }],
    ['/previews/home.png', { view: 'preview', id: 'home' }],
    ['/previews/donetsk.png', { view: 'preview', id: 'donetsk' }],
    ['/slides/crimea.png', { view: 'slide', id: 'crimea' }],
    ['/api/places', { view: 'api', id: 'places' }],
    ['/api/basemap', { view: 'api', id: 'basemap' }],
    ['/api/basemap-overview', { view: 'api', id: 'basemap-overview' }],
    ['/articles', { view: 'articles' }],
    ['/places', { view: 'place-index' }],
    ['/articles/some-article', { view: 'article-map', article: 'some-article' }],
    ['/articles/some-article/read', { view: 'reader', article: 'some-article' }],
    ['/articles/some-article/read#p13', { view: 'reader', article: 'some-article', paragraph: 13 }],
    ['/articles/some-article/read#intro', { view: 'reader', article: 'some-article' }],
    ['/articles/some-article/brief', { view: 'brief', article: 'some-article' }],
    [
      '/articles/some-article/brief/crimea',
      { view: 'brief', id: 'crimea', article: 'some-article' },
    ],
    ['/articles/some-article/embed', { view: 'embed', article: 'some-article' }],
    [
      '/articles/some-article/embed/luhansk',
      { view: 'embed', id: 'luhansk', article: 'some-article' },
    ],
    ['/articles/some-article/handout', { view: 'handout', article: 'some-article' }],
    ['/api/articles/some-article/places', { view: 'api', id: 'articles/some-article/places' }],
    ['/places/luhansk?page=2', { view: 'places', id: 'luhansk', page: 2 }],
    ['/places/luhansk?page=1', { view: 'places', id: 'luhansk' }],
    ['/places/luhansk?page=x', { view: 'places', id: 'luhansk' }],
    ['/places/luhansk?utm=1&page=3#top', { view: 'places', id: 'luhansk', page: 3 }],
    ['/search', { view: 'search' }],
    ['/search?q=', { view: 'search' }],
    ['/search?q=Luhansk', { view: 'search', q: 'Luhansk' }],
    ['/search?q=NATO-Russia+Council#x', { view: 'search', q: 'NATO-Russia Council' }],
    ['/search?q=%E0%A4%A', { view: 'search', q: '\uFFFD%A' }],
    ['/search-index.json', { view: 'search-index' }],
    ['/editor', { view: 'editor' }],
    ['/editor/sign-in', { view: 'editor-sign-in' }],
    ['/editor/sign-in?error=wait', { view: 'editor-sign-in', error: 'wait' }],
    ['/editor/other', { view: 'unknown' }],
    ['/api/editor/sign-in', { view: 'api', id: 'editor/sign-in' }],
    ['/api/editor/sign-out', { view: 'api', id: 'editor/sign-out' }],
    ['/api/editor/articles', { view: 'api', id: 'editor/articles' }],
    ['/api/editor/articles/a/unpublish', { view: 'api', id: 'editor/articles/a/unpublish' }],
    ['/api/editor/articles/a/correct', { view: 'api', id: 'editor/articles/a/correct' }],
    ['/api/editor/articles/a', { view: 'unknown' }],
    ['/api/editor/articles/a/delete', { view: 'unknown' }],
    ['/api/editor', { view: 'unknown' }],
  ];
  it.each(cases)('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('allows one trailing slash, as static hosts add', () => {
    expect(parseRoute('/places/moscow/')).toEqual({ view: 'places', id: 'moscow' });
    expect(parseRoute('/brief/')).toEqual({ view: 'brief' });
    expect(parseRoute('/handout/')).toEqual({ view: 'handout' });
    expect(parseRoute('/places/moscow//')).toEqual({ view: 'unknown' });
  });

  it('decodes percent-encoded ids, and calls undecodable ones unknown', () => {
    expect(parseRoute('/places/caf%C3%A9')).toEqual({ view: 'places', id: 'café' });
    expect(parseRoute('/embed/a%20b')).toEqual({ view: 'embed', id: 'a b' });
    expect(parseRoute('/places/%E0%A4%A')).toEqual({ view: 'unknown' });
    expect(parseRoute('/places/100%')).toEqual({ view: 'unknown' });
  });

  it('ignores the query, and reads only a paragraph from the fragment', () => {
    expect(parseRoute('/places/crimea?utm=x')).toEqual({ view: 'places', id: 'crimea' });
    expect(parseRoute('/?q=1#top')).toEqual({ view: 'places' });
    expect(parseRoute('/article#intro')).toEqual({ view: 'article' });
    expect(parseRoute('/article#p0')).toEqual({ view: 'article' });
    expect(parseRoute('/article?x=1#p7')).toEqual({ view: 'article', paragraph: 7 });
  });

  it('calls anything the app does not serve unknown', () => {
    for (const path of [
      '',
      'places/moscow',
      '/places/moscow/extra',
      '//places/moscow',
      '/place/moscow',
      '/PLACES/moscow',
      '/article/13',
      '/handout/1',
      '/previews/home',
      '/previews/.png',
      '/slides',
      '/api/people',
      '/api',
      '/articles/some-slug/places/moscow',
      '/articles/some-slug/read/2',
      '/articles/some-slug/brief/crimea/more',
      '/articles/some-slug/handout/1',
      '/articles/some-slug/article',
      '/api/articles/some-slug',
      '/api/articles/some-slug/places/more',
      '/search/luhansk',
      '/search-index.json/x',
    ])
      expect(parseRoute(path), path).toEqual({ view: 'unknown' });
  });
});

describe('mapRoute', () => {
  it('gives the view a click on a mark stays in, and the selected id', () => {
    expect(mapRoute('/')).toEqual({ view: 'places', id: undefined });
    expect(mapRoute('/places/luhansk')).toEqual({ view: 'places', id: 'luhansk' });
    expect(mapRoute('/brief')).toEqual({ view: 'brief', id: undefined });
    expect(mapRoute('/brief/moscow/')).toEqual({ view: 'brief', id: 'moscow' });
    expect(mapRoute('/embed/crimea')).toEqual({ view: 'embed', id: 'crimea' });
    expect(mapRoute('/article')).toEqual({ view: 'places' });
    expect(mapRoute('/nowhere')).toEqual({ view: 'places' });
    expect(mapRoute('/articles/a')).toEqual({ view: 'places', article: 'a' });
    expect(mapRoute('/articles/a/brief/moscow')).toEqual({
      view: 'brief',
      id: 'moscow',
      article: 'a',
    });
    expect(mapRoute('/articles/a/embed')).toEqual({ view: 'embed', article: 'a' });
    expect(mapRoute('/articles/a/read')).toEqual({ view: 'places' });
  });
});

describe('placesDataPath', () => {
  it('gives one article’s places on its own views, the whole collection’s elsewhere', () => {
    expect(placesDataPath('/')).toBe('/api/places');
    expect(placesDataPath('/places/luhansk')).toBe('/api/places');
    expect(placesDataPath('/brief/luhansk')).toBe('/api/places');
    expect(placesDataPath('/embed')).toBe('/api/places');
    expect(placesDataPath('/articles/a')).toBe('/api/articles/a/places');
    expect(placesDataPath('/articles/a/brief')).toBe('/api/articles/a/places');
    expect(placesDataPath('/articles/a/embed/moscow')).toBe('/api/articles/a/places');
  });
});
