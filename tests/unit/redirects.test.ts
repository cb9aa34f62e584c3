import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readerPath } from '@/lib/urls';
import { SEED_SLUG } from '../seed';

// next.config.js is plain JavaScript and cannot import lib/urls.ts: check that its redirect lands
// where the URL module says the seed article's reader is.
describe('the redirect of /article', () => {
  it('is permanent (308) and lands on the seed article’s reader', async () => {
    const config = createRequire(import.meta.url)('../../next.config.js') as {
      redirects: () => Promise<{ source: string; destination: string; permanent: boolean }[]>;
    };
    expect(await config.redirects()).toEqual([
      { source: '/article', destination: readerPath(SEED_SLUG), permanent: true },
    ]);
    expect(readerPath(SEED_SLUG)).toBe('/articles/putin-keeps-all-options-open/read');
  });
});
