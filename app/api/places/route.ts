import { getCollectionPlaces } from '@/lib/data-server';

// Every place of the collection, for the map of the whole collection. Built once at `next build`
// from the store; served as a static, cacheable file.
export const dynamic = 'force-static';

export async function GET() {
  return Response.json(await getCollectionPlaces(), {
    headers: { 'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400' },
  });
}
