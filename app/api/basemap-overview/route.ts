import { getBasemapText } from '@/lib/data-server';

// The countries for the map's wide views (scripts/build-basemap.ts); /api/basemap has the detail.
export const dynamic = 'force-static';

export function GET() {
  return new Response(getBasemapText('overview'), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=86400' },
  });
}
