// @ts-check
// STATIC_EXPORT=1 builds the whole site as static files into out/ (see README: "Static export").
const staticExport = process.env.STATIC_EXPORT === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: __dirname },
  ...(staticExport ? { output: 'export', distDir: 'out' } : {}),
};

module.exports = nextConfig;
