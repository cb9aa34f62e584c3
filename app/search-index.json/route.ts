import { getSearchIndex } from '@/lib/data-server';

// Built once at build time: what the static export's search page looks in, in the browser. The
// server's own search page asks the database instead.
export const dynamic = 'force-static';

export async function GET() {
  return Response.json(await getSearchIndex(), {
    headers: { 'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400' },
  });
}
