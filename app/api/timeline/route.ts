import { getTimeline } from '@/lib/data-server';

// The timeline of the whole collection (lib/timeline.ts): built once at `next build` from the
// store; a static, cacheable file, asked for only where the timeline is shown.
export const dynamic = 'force-static';

export async function GET() {
  return Response.json(await getTimeline(), {
    headers: { 'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400' },
  });
}
