import { getBasemapText } from '@/lib/data-server';

export const dynamic = 'force-static';

export function GET() {
  return new Response(getBasemapText(), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=86400' },
  });
}
