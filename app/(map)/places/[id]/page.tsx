import { prebuiltPlaceIds } from '@/lib/article-params';
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
  orUnavailable,
} from '@/lib/data-server';
import { EXCERPTS_PER_PAGE, groupByArticle, pageCount } from '@/lib/group-excerpts';
import { pageMetadata } from '@/lib/metadata';
import { byEvents } from '@/lib/timeline';
import { placePath, previewPath } from '@/lib/urls';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// No dynamicParams export: Next's default renders a place published after the build on its first
// request under next start (the static export refuses an explicit `true`); an id the collection
// does not have is a 404 (notFound below).

/**
 * A static host cannot answer `?page=2` with another file, so the static export shows every
 * excerpt of a place on its one page; `next start` pages them (`?page=<n>`).
 */
const PAGED = process.env.STATIC_EXPORT !== '1';

export async function generateStaticParams() {
  return (await prebuiltPlaceIds()).map((id) => ({ id }));
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const place = await getCollectionPlace((await params).id);
  if (!place) return {};
  return pageMetadata({
    title: place.properties.name,
    description: place.properties.summary,
    path: placePath(place.id),
    image: previewPath(place.id),
    imageAlt: `${place.properties.name} on a map, with the first passage the article quotes about it`,
  });
}

/** `?order=events`: the excerpts in the order of the events they describe. */
const orderParam = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) === 'events' ? ('events' as const) : undefined;

/** `?page=<n>`: a whole number from 1; anything else is the first page. */
function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export default async function PlacePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = PAGED ? await searchParams : {};
  const asked = pageParam(query.page);
  const order = orderParam(query.order);
  // Rendered per request (it reads ?page=): while the database is away, the 503 page with Retry.
  const data = await orUnavailable(placePath(id, asked, order), async () => {
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
  });
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
