import type { NextRequest } from 'next/server';
import { unavailableHtml } from '@/lib/unavailable-page';
import { homePath, isLocalPath } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/** 503 with the clear page; `orUnavailable` (lib/data-server.ts) sends readers here. */
export function GET(request: NextRequest) {
  const from = request.nextUrl.searchParams.get('from') ?? '';
  return new Response(unavailableHtml(isLocalPath(from) ? from : homePath()), {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': '5',
    },
  });
}
