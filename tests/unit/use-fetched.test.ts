import { describe, expect, it } from 'vitest';
import { entryOf, load } from '@/lib/use-fetched';

/** A fetcher that answers from a list, one answer per request, and counts the requests. */
function answers(...list: Array<string | Error>) {
  const calls: string[] = [];
  const fetcher = async (key: string) => {
    const next = list[calls.length];
    calls.push(key);
    if (next instanceof Error) throw next;
    return next;
  };
  return { calls, fetcher };
}

const settled = () => new Promise((r) => setTimeout(r, 0));

describe('data fetched in the browser (lib/use-fetched.ts)', () => {
  it('asks once for a key however many ask for it, and keeps the answer', async () => {
    const { calls, fetcher } = answers('places v1', 'places v2');
    load('/api/places', fetcher); // as the page boots
    load('/api/places', fetcher); // the map, mounted before the answer came
    await settled();
    load('/api/places', fetcher); // a component mounted after it
    await settled();
    expect(calls).toEqual(['/api/places']);
    expect(entryOf('/api/places')).toEqual({ data: 'places v1' });
  });

  it('a failed request keeps the earlier data beside the error; Retry asks again and clears it', async () => {
    const { calls, fetcher } = answers('countries', new Error('503 down'), 'countries again');
    load('/api/basemap', fetcher);
    await settled();
    load('/api/basemap', fetcher, true);
    await settled();
    expect(entryOf('/api/basemap')).toEqual({ data: 'countries', error: new Error('503 down') });
    load('/api/basemap', fetcher, true);
    await settled();
    expect(entryOf('/api/basemap')).toEqual({ data: 'countries again' });
    expect(calls).toHaveLength(3);
  });

  it('a key whose request failed is asked again by the next ask, without a Retry', async () => {
    const { calls, fetcher } = answers(new Error('offline'), 'tile');
    load('/api/context/tiles/UA-09', fetcher);
    await settled();
    expect(entryOf('/api/context/tiles/UA-09')?.error).toEqual(new Error('offline'));
    load('/api/context/tiles/UA-09', fetcher);
    await settled();
    expect(entryOf('/api/context/tiles/UA-09')).toEqual({ data: 'tile' });
    expect(calls).toHaveLength(2);
  });

  it('a Retry while a request is on its way does not ask twice', async () => {
    const { calls, fetcher } = answers('timeline');
    load('/api/timeline', fetcher);
    load('/api/timeline', fetcher, true);
    await settled();
    expect(calls).toHaveLength(1);
    expect(entryOf('/api/timeline')).toEqual({ data: 'timeline' });
  });
});
