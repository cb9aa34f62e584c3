import { getHealth } from '@/lib/data-server';
import { StoreUnavailableError } from '@/lib/store/db';

// Asks the database on every request: monitors and the tests see an outage, and its end, at once.
export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

/** 200 `{ status: 'ok', dialect, articles }`, or 503 `{ status: 'unavailable' }` (cause logged). */
export async function GET() {
  try {
    return Response.json({ status: 'ok', ...(await getHealth()) }, { headers: noStore });
  } catch (e) {
    if (!(e instanceof StoreUnavailableError)) throw e;
    return Response.json(
      { status: 'unavailable' },
      { status: 503, headers: { ...noStore, 'Retry-After': '5' } },
    );
  }
}
