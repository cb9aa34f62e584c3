// Which article and place pages a build renders ahead: all of them by default. Under `next start`
// the routes leave dynamicParams at its default (true; the static export refuses it written out),
// so an article or place the build did not render (one published since, or past
// PREBUILT_ARTICLES / PREBUILT_PLACES) renders on its first request and is kept; a slug or id the
// collection does not have is a 404 (the pages call notFound()). The benchmark's synthetic
// collection of 5,000 articles sets PREBUILT_ARTICLES and PREBUILT_PLACES to build only the newest
// articles and the most-mentioned places it measures.
import 'server-only';
import { getArticleSummaries, getPlaceSummaries } from './data-server';

const EXPORT = process.env.STATIC_EXPORT === '1';
const PREBUILT_ARTICLES = EXPORT ? Infinity : Number(process.env.PREBUILT_ARTICLES || Infinity);
const PREBUILT_PLACES = EXPORT ? Infinity : Number(process.env.PREBUILT_PLACES || Infinity);

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
