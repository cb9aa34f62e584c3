import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  apiPath,
  articlePath,
  articleReaderPath,
  briefPath,
  contextTilePath,
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
  previewPath,
  routePath,
  searchIndexPath,
  searchPath,
  slidePath,
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
    ['/search', { view: 'search' }],
    ['/search?q=', { view: 'search' }],
    ['/search?q=Luhansk', { view: 'search', q: 'Luhansk' }],
    ['/search?q=NATO-Russia+Council#x', { view: 'search', q: 'NATO-Russia Council' }],
    ['/search?q=%E0%A4%A', { view: 'search', q: '\uFFFD%A' }],
    ['/search-index.json', { view: 'search-index' }],
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
      '/places',
      '/places/',
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
  });
});
