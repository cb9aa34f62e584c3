import { getArticleView } from '@/lib/data-server';
import { articleParams } from '@/lib/article-params';

// One article's places with its excerpts, for the map of that article, its briefing and its embed.
// Built once per article at `next build`; a static, cacheable file.
export const dynamic = 'force-static';
// No dynamicParams export: Next's default (true) renders an article published after the build on
// its first request under next start (lib/article-params.ts); the static export refuses an
// explicit `true`.

type Ctx = { params: Promise<{ slug: string }> };

export const generateStaticParams = articleParams;

export async function GET(_req: Request, { params }: Ctx) {
  const view = await getArticleView((await params).slug);
  if (!view) return new Response('Not found', { status: 404 });
  return Response.json(view.places, {
    headers: { 'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400' },
  });
}
