import type { Metadata } from 'next';
import { orUnavailable } from '@/lib/data-server';
import { placePath } from '@/lib/urls';
import { loadPlacePage, PlacePanel, placeMetadata } from '../place-page';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * `/places/<id>?page=<n>` and `?order=events`, rendered per request: next.config.js rewrites them
 * here (the address stays as it was). `next start` only: the static export shows every excerpt on
 * the place's one page, and has no rewrites.
 */

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  return placeMetadata((await params).id);
}

/** `?order=events`: the excerpts in the order of the events they describe. */
const orderParam = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) === 'events' ? ('events' as const) : undefined;

/** `?page=<n>`: a whole number from 1; anything else is the first page. */
function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export default async function PlacePagedPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const asked = pageParam(query.page);
  const order = orderParam(query.order);
  // While the database is away, the 503 page with Retry, which comes back to this address.
  const data = await orUnavailable(placePath(id, asked, order), () =>
    loadPlacePage(id, asked, order),
  );
  return <PlacePanel data={data} asked={asked} order={order} />;
}
