import { allTileIds } from '@/lib/context-data';
import { getRegionTile } from '@/lib/context-server';

// One tile of regions (names, outlines) and smaller cities; the map asks for the tiles in view
// once it is zoomed in to regional level.
export const dynamic = 'force-static';
export const dynamicParams = false;

type Ctx = { params: Promise<{ tile: string }> };

export function generateStaticParams() {
  return allTileIds().map((tile) => ({ tile }));
}

export async function GET(_req: Request, { params }: Ctx) {
  const tile = getRegionTile((await params).tile);
  if (!tile) return new Response('Not found', { status: 404 });
  return Response.json(tile, { headers: { 'Cache-Control': 'public, max-age=86400' } });
}
