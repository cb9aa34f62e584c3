// The URLs the timeline writes and reads besides the range itself (rangeOf, keepRange in
// urls.ts): part of urls.ts's contract, in a module of their own so that only the timeline's chunk
// carries them (pages without the timeline keep their JavaScript budget).
import { apiPath, mapRoute, parseRoute, type MonthRange } from './urls';

const seg = (s: string) => encodeURIComponent(s);

/**
 * The timeline's data for the page at `path`: one article's on its map, briefing and embed, the
 * collection's everywhere else (as placesDataPath).
 */
export function timelineDataPath(path: string): string {
  const { article } = mapRoute(path);
  return article === undefined ? apiPath('timeline') : apiPath(`articles/${seg(article)}/timeline`);
}

/**
 * `path` with the range set (or, with none, taken off), any other query and fragment kept:
 * `withRange('/places/moscow', { from: '2021-12', to: '2022-01' })` →
 * `/places/moscow?from=2021-12&to=2022-01`.
 */
export function withRange(path: string, range: MonthRange | undefined): string {
  const [, pathname, q = '', hash = ''] = /^([^?#]*)(?:\?([^#]*))?(#.*)?$/.exec(path)!;
  const params = new URLSearchParams(q);
  params.delete('from');
  params.delete('to');
  if (range) {
    params.set('from', range.from);
    params.set('to', range.to);
  }
  const rest = params.toString();
  return `${pathname}${rest ? `?${rest}` : ''}${hash}`;
}

/** Whether a path shows the map, so that a link there keeps the timeline's range. */
export function keepsRange(pathname: string): boolean {
  const { view } = parseRoute(pathname);
  return view === 'places' || view === 'article-map' || view === 'brief';
}
