// One article's view of the collection in the shape the map, panel, brief, handout and embeds
// read: the article with its paragraphs, and its places with their excerpts (sliced from the
// paragraphs by each mention's span, so verbatim by construction).
import type { Article } from '../article';
import type { Place, Places } from '../places-schema';
import { formatArticleDate, type ArticleFile, type CollectionPlace } from './model';

export type ArticleView = { article: Article; places: Places };

export function toArticle(file: ArticleFile): Article {
  return {
    title: file.title,
    date: {
      text: formatArticleDate(file.date),
      inferred: file.date.inferred,
      note: file.date.note ?? '',
    },
    dateline: file.dateline ?? '',
    paragraphs: file.paragraphs,
  };
}

/** The excerpt a mention quotes: its paragraph sliced at its span. */
export function excerptText(file: ArticleFile, m: ArticleFile['mentions'][number]): string {
  const para = file.paragraphs.find((p) => p.n === m.paragraph);
  if (!para) throw new Error(`article "${file.slug}": no ¶ ${m.paragraph}`);
  return para.text.slice(m.start, m.end);
}

export function articleView(
  file: ArticleFile,
  placeOf: (id: string) => CollectionPlace | undefined,
): ArticleView {
  const features: Place[] = file.places.map(({ place: id, summary }) => {
    const place = placeOf(id);
    if (!place) throw new Error(`article "${file.slug}": no place "${id}" in the collection`);
    const { name, kind, marker, aliases, geometrySource, markerSource, license } = place.properties;
    const excerpts = file.mentions
      .filter((m) => m.place === id)
      .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
      .map((m) => ({ paragraph: m.paragraph, text: excerptText(file, m) }));
    return {
      type: 'Feature',
      id,
      geometry: place.geometry,
      properties: {
        name,
        kind,
        summary,
        ...(marker ? { marker } : {}),
        ...(aliases ? { aliases } : {}),
        excerpts,
        geometrySource,
        ...(markerSource ? { markerSource } : {}),
        license,
      },
    };
  });
  return {
    article: toArticle(file),
    places: {
      type: 'FeatureCollection',
      ...(file.briefing ? { briefing: file.briefing } : {}),
      features,
    },
  };
}
