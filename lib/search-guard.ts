// The check for `/search-index.json` as the static export's search receives it (no zod in the
// browser: see json-guards.ts). Names the field that does not fit.
import { array, number, object, oneOf, string, type Guard } from './json-guards';
import type { ArticleHit, SearchIndex } from './search-types';

const nullableString = (v: unknown, path: string) => (v === null ? null : string(v, path));

export const asSearchIndex: Guard<SearchIndex> = (v) => {
  const o = object(v, 'index');
  const articles = array(o.articles, 'articles').map((a, i): ArticleHit => {
    const x = object(a, `articles[${i}]`);
    return {
      slug: string(x.slug, `articles[${i}].slug`),
      title: string(x.title, `articles[${i}].title`),
      publisher: nullableString(x.publisher, `articles[${i}].publisher`),
      date: string(x.date, `articles[${i}].date`),
    };
  });
  return {
    articles,
    places: array(o.places, 'places').map((p, i) => {
      const x = object(p, `places[${i}]`);
      return {
        id: string(x.id, `places[${i}].id`),
        name: string(x.name, `places[${i}].name`),
        kind: oneOf(x.kind, ['city', 'region', 'border'] as const, `places[${i}].kind`),
        aliases: array(x.aliases, `places[${i}].aliases`).map((s, j) =>
          string(s, `places[${i}].aliases[${j}]`),
        ),
      };
    }),
    excerpts: array(o.excerpts, 'excerpts').map((e, i) => {
      const x = object(e, `excerpts[${i}]`);
      const article = number(x.article, `excerpts[${i}].article`);
      if (!articles[article]) throw new TypeError(`excerpts[${i}].article: no article ${article}`);
      return {
        article,
        paragraph: number(x.paragraph, `excerpts[${i}].paragraph`),
        text: string(x.text, `excerpts[${i}].text`),
        places: array(x.places, `excerpts[${i}].places`).map((p, j) => {
          const pair = array(p, `excerpts[${i}].places[${j}]`);
          return [
            string(pair[0], `excerpts[${i}].places[${j}][0]`),
            string(pair[1], `excerpts[${i}].places[${j}][1]`),
          ] as [string, string];
        }),
      };
    }),
  };
};
