import 'server-only';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExcerptPanel } from '@/components/excerpt-panel';
import { SourceFooter } from '@/components/source-footer';
import {
  getArticle,
  getCollectionPlace,
  getListedPlaces,
  getPlaceMentions,
  getPlaceSummaries,
} from '@/lib/data-server';
import { EXCERPTS_PER_PAGE, groupByArticle, pageCount } from '@/lib/group-excerpts';
import { pageMetadata } from '@/lib/metadata';
import { byEvents } from '@/lib/timeline';
import { placePath, previewPath } from '@/lib/urls';

/**
 * A place's page, shared by its two routes: `page.tsx` (`/places/<id>`, built ahead, the first page
 * of excerpts) and `paged/page.server.tsx` (the same address with `?page=` or `?order=`, rendered
 * per request; `next.config.js` rewrites to it).
 */

/**
 * A static host cannot answer `?page=2` with another file, so the static export shows every
 * excerpt of a place on its one page; `next start` pages them (`?page=<n>`).
 */
const PAGED = process.env.STATIC_EXPORT !== '1';

export async function placeMetadata(id: string): Promise<Metadata> {
  const place = await getCollectionPlace(id);
  if (!place) return {};
  return pageMetadata({
    title: place.properties.name,
    description: place.properties.summary,
    path: placePath(place.id),
    image: previewPath(place.id),
    imageAlt: `${place.properties.name} on a map, with the first passage the article quotes about it`,
  });
}

/** What the panel shows for page `asked` (from 1) of a place's excerpts, or undefined: no such place. */
export async function loadPlacePage(id: string, asked: number, order: 'events' | undefined) {
  const place = await getCollectionPlace(id);
  if (!place) return undefined;
  const first = (asked - 1) * EXCERPTS_PER_PAGE;
  // In the order of events, every excerpt is sorted (a place has at most a few thousand).
  const { total, items } =
    PAGED && !order
      ? await getPlaceMentions(id, EXCERPTS_PER_PAGE, first)
      : await getPlaceMentions(id, Number.MAX_SAFE_INTEGER);
  const shown = order
    ? byEvents(items, (m) => m.article.date).slice(
        first,
        PAGED ? first + EXCERPTS_PER_PAGE : undefined,
      )
    : items;
  const articles = (await getPlaceSummaries()).find((p) => p.id === id)?.articles ?? 1;
  // The panel's Previous, Next and list follow the home page's list.
  const places = await getListedPlaces();
  return { place, total, items: shown, articles, places, article: await getArticle() };
}

export function PlacePanel({
  data,
  asked,
  order,
}: {
  data: Awaited<ReturnType<typeof loadPlacePage>>;
  asked: number;
  order: 'events' | undefined;
}) {
  if (!data || asked > pageCount(data.total)) notFound();
  const { place, total, items, articles, places, article } = data;
  return (
    <>
      <ExcerptPanel
        place={place}
        places={places}
        groups={groupByArticle(items)}
        total={total}
        articles={articles}
        page={asked}
        order={order}
      />
      <SourceFooter article={article} />
    </>
  );
}
