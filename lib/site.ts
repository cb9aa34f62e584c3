/**
 * The public address of the site, for absolute URLs (canonical links, previews, citations).
 * One setting: NEXT_PUBLIC_SITE_URL at build time; the default suits a local run.
 */
export const SITE_URL = (process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000').replace(
  /\/+$/,
  '',
);

export const absoluteUrl = (path: string) =>
  `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;

export const placePath = (id: string) => `/places/${id}`;
export const articlePath = (paragraph?: number) =>
  paragraph ? `/article#p${paragraph}` : '/article';
