// The collection as files, written the same way every time (so import → export gives the same
// bytes): places.geojson with one feature a line, and articles/<slug>.json, indented.
import type { Collection } from './model';

export function placesFileText(places: Collection['places']): string {
  const lines = places.map((p) => '  ' + JSON.stringify(p));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function articleFileText(article: Collection['articles'][number]): string {
  return JSON.stringify(article, null, 2) + '\n';
}

/** [relative path, text] for every file of the collection. */
export function collectionFiles(c: Collection): [string, string][] {
  return [
    ['places.geojson', placesFileText(c.places)],
    ...c.articles.map((a): [string, string] => [`articles/${a.slug}.json`, articleFileText(a)]),
  ];
}
