// @ts-check
// STATIC_EXPORT=1 builds the whole site as static files into out/ (see README: "Static export").
const staticExport = process.env.STATIC_EXPORT === '1';
const dev = process.env.NODE_ENV !== 'production';

/** The optional online tile layer's origin (opt-in at build time), allowed for images only. */
function tileOrigin() {
  try {
    return process.env.NEXT_PUBLIC_TILE_URL
      ? new URL(process.env.NEXT_PUBLIC_TILE_URL.replace(/\{[a-z]\}/g, 'a')).origin
      : '';
  } catch {
    return '';
  }
}

/**
 * Content-Security-Policy. Scripts: Next's statically rendered pages carry inline bootstrap
 * scripts with no nonce (a nonce needs per-request rendering), hence 'unsafe-inline'; never
 * 'unsafe-eval' outside development. Styles: Leaflet positions everything with style attributes.
 */
function csp(frameAncestors) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin() ? ` ${tileOrigin()}` : ''}`,
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

const nosniff = { key: 'X-Content-Type-Options', value: 'nosniff' };
const common = [
  nosniff,
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Fullscreen is the only powerful feature the app uses (briefing mode).
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)',
  },
];

/**
 * Only /embed pages may be framed by other sites; every other page refuses framing. Build assets
 * under /_next/static get nosniff only: a policy header on a script or stylesheet does nothing but
 * add bytes to each of the dozen responses a page makes.
 */
async function headers() {
  return [
    {
      source: '/((?!embed(?:/|$)|articles/[^/]+/embed(?:/|$)|first-view/|_next/static/).*)',
      headers: [
        ...common,
        { key: 'Content-Security-Policy', value: csp("'none'") },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    },
    { source: '/embed', headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }] },
    {
      source: '/embed/:path*',
      headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }],
    },
    // One article's own embeds, as framable as the seed's.
    {
      source: '/articles/:slug/embed',
      headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }],
    },
    {
      source: '/articles/:slug/embed/:path*',
      headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }],
    },
    // The map's first view is framed by the app's own pages, and only by them.
    {
      source: '/first-view/:path*',
      headers: [
        ...common,
        { key: 'Content-Security-Policy', value: csp("'self'") },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
    },
    { source: '/_next/static/:path*', headers: [nosniff] },
  ];
}

/**
 * Links already sent keep working: the reader's first address answers 308 with the seed article's
 * reader (lib/urls.ts readerPath; tests/unit/redirects.test.ts checks the two agree), and the
 * browser keeps `#p13` across the redirect. The static export has no redirects: app/article/page.tsx
 * forwards there.
 */
async function redirects() {
  const seed = process.env.DEMO_ARTICLE || 'putin-keeps-all-options-open';
  return [{ source: '/article', destination: `/articles/${seed}/read`, permanent: true }];
}

/**
 * A place's page is built ahead for its own address; the same address asking for another page of
 * excerpts or their order of events is rendered per request by `places/[id]/paged` (the browser
 * keeps the address it asked for). Before the files: `/places/<id>` is a built page.
 */
async function rewrites() {
  const paged = (key) => ({
    source: '/places/:id',
    has: [{ type: 'query', key }],
    destination: '/places/:id/paged',
  });
  return { beforeFiles: [paged('page'), paged('order')] };
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `page.server.tsx` and `route.server.ts` are routes that must ask the database on each request
  // (/status, /api/health, /unavailable): `next start` has them, the static export leaves them out.
  pageExtensions: staticExport ? ['tsx', 'ts'] : ['tsx', 'ts', 'server.tsx', 'server.ts'],
  reactStrictMode: true,
  // Leaflet from its own ES modules, only the parts the map uses (components/map/leaflet-subset.js),
  // for react-leaflet too: less JavaScript to send and to evaluate at start-up.
  turbopack: {
    root: __dirname,
    resolveAlias: {
      leaflet: './components/map/leaflet-subset.js',
      './SVG.VML': './components/map/leaflet-stubs.js',
      './Marker.Drag': './components/map/leaflet-stubs.js',
      // `npm run bench -- --without-map` only: the pages without the map (bench/without-map).
      ...(process.env.BENCH_WITHOUT_MAP === '1'
        ? { '@/components/map/map-loader': './bench/without-map/map-loader.tsx' }
        : {}),
    },
  },
  // The stylesheet goes into each page's <head>: the first paint waits for no request but the page.
  // ISR_FLUSH_TO_DISK=0: pages rendered again after an editor's write stay in this server's memory
  // instead of being written into the build (the editor's browser test runs a second server on the
  // same build, with a database of its own, and must leave the build as it found it).
  experimental: { inlineCss: true, isrFlushToDisk: process.env.ISR_FLUSH_TO_DISK !== '0' },
  // A static host sends its own headers (see README); `next start` sends these.
  // NEXT_DIST_DIR: the benchmark builds its synthetic data set beside the real build.
  ...(staticExport
    ? { output: 'export', distDir: 'out' }
    : { headers, redirects, rewrites, distDir: process.env.NEXT_DIST_DIR || '.next' }),
};

module.exports = nextConfig;
