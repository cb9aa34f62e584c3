import { getTimeline } from '@/lib/data-server';
import { articleParams } from '@/lib/article-params';

// One article's timeline, for the timeline on its map, briefing and embed. Built once per article
// at `next build`; a static, cacheable file. No dynamicParams export (see ../places/route.ts).
export const dynamic = 'force-static';

type Ctx = { params: Promise<{ slug: string }> };

export const generateStaticParams = articleParams;

export async function GET(_req: Request, { params }: Ctx) {
  const data = await getTimeline((await params).slug);
  if (!data) return new Response('Not found', { status: 404 });
  return Response.json(data, {
    headers: { 'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400' },
  });
}
