import { getPlaces } from '@/lib/data-server';

// Built once at `next build` from the validated data file; served as a static, cacheable file.
export const dynamic = 'force-static';

export async function GET() {
  return Response.json(await getPlaces(), {
    headers: { 'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400' },
  });
}
