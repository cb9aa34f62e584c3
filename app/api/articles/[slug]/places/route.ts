import { getArticleView } from '@/lib/data-server';
import { articleParams } from '@/lib/article-params';

// One article's places with its excerpts, for the map of that article, its briefing and its embed.
// Built once per article at `next build`; a static, cacheable file.
export const dynamic = 'force-static';
// No `dynamicParams = false`: under `next start` an article an editor publishes is rendered on
// its first request (an unknown slug is a 404 from the page), and revalidated on every change.

type Ctx = { params: Promise<{ slug: string }> };

export const generateStaticParams = articleParams;

export async function GET(_req: Request, { params }: Ctx) {
  const view = await getArticleView((await params).slug);
  if (!view) return new Response('Not found', { status: 404 });
  return Response.json(view.places, {
    headers: { 'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400' },
  });
}
