// Which pages `next build` renders ahead. The static export has no server, so it builds every
// article and place (the README says how long 200 articles take). `next start` renders the rest on
// demand (dynamicParams), so a collection of thousands of articles builds in minutes: it pre-renders
// the newest PREBUILT_ARTICLES articles and the PREBUILT_PLACES most-mentioned places.
import 'server-only';
import { getArticleSummaries, getPlaceSummaries } from './data-server';

const EXPORT = process.env.STATIC_EXPORT === '1';
const PREBUILT_ARTICLES = EXPORT ? Infinity : Number(process.env.PREBUILT_ARTICLES ?? 50);
const PREBUILT_PLACES = EXPORT ? Infinity : Number(process.env.PREBUILT_PLACES ?? 100);

/** The articles built ahead, newest first. */
export async function prebuiltArticles() {
  return (await getArticleSummaries()).slice(0, PREBUILT_ARTICLES);
}

/** The params every page under /articles/<slug>/ is built for. */
export async function articleParams() {
  return (await prebuiltArticles()).map((a) => ({ slug: a.slug }));
}

/** The place ids whose pages are built ahead, most-mentioned first. */
export async function prebuiltPlaceIds(): Promise<string[]> {
  return (await getPlaceSummaries()).slice(0, PREBUILT_PLACES).map((p) => p.id);
}
