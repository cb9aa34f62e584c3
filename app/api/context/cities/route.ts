import { getContextCities } from '@/lib/context-server';

// The main cities, fetched by the map only once it is zoomed in past country level.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getContextCities(), {
    headers: { 'Cache-Control': 'public, max-age=86400' },
  });
}
