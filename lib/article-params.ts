// The params every page under /articles/<slug>/ is built for: one per article in the store.
import 'server-only';
import { getArticleSummaries } from './data-server';

export async function articleParams() {
  return (await getArticleSummaries()).map((a) => ({ slug: a.slug }));
}
