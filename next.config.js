// @ts-check
// STATIC_EXPORT=1 builds the whole site as static files into out/ (see README: "Static export").
const staticExport = process.env.STATIC_EXPORT === '1';

/** Only /embed pages may be framed by other sites; every other page refuses framing. */
async function headers() {
  return [
    {
      source: '/((?!embed(?:/|$)).*)',
      headers: [
        { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    },
    { source: '/embed', headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }] },
    { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }] },
  ];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: __dirname },
  // A static host sets its own headers (see README); `next start` sends these.
  ...(staticExport ? { output: 'export', distDir: 'out' } : { headers }),
};

module.exports = nextConfig;
