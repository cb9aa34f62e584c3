import { prebuiltPlaceIds } from '@/lib/article-params';
import type { Metadata } from 'next';
import { loadPlacePage, PlacePanel, placeMetadata } from './place-page';

type Props = { params: Promise<{ id: string }> };

// No dynamicParams export: Next's default renders a place published after the build on its first
// request under next start (the static export refuses an explicit `true`); an id the collection
// does not have is a 404 (notFound in PlacePanel).

/**
 * `/places/<id>`: built ahead and served as a file, like the home page; an editor's write renders
 * it again (lib/editor-server.ts). It reads no query: `?page=` and `?order=` are rewritten to
 * `paged/` (next.config.js), rendered per request. A page built ahead arrives in one piece,
 * smaller (one gzip stream, not one per flush) and sooner than one rendered on each request.
 */
export async function generateStaticParams() {
  return (await prebuiltPlaceIds()).map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return placeMetadata((await params).id);
}

export default async function PlacePage({ params }: Props) {
  const { id } = await params;
  return <PlacePanel data={await loadPlacePage(id, 1, undefined)} asked={1} order={undefined} />;
}
