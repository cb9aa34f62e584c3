// A plain static file server for the exported site (`out/`), as any static host would serve it:
// /places/luhansk -> places/luhansk.html, unknown paths -> 404.html with status 404.
// Usage: node scripts/serve-static.mjs [dir=out] [port=$PORT, or 3000], like `next start`.
import http from 'node:http';
import handler from 'serve-handler';

const [dir = 'out', port = process.env.PORT || '3000'] = process.argv.slice(2);
const server = http.createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    path = '\0';
  }
  // Malformed or NUL-bearing paths are refused outright, as static hosts do.
  if (path.includes('\0'))
    return res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
  return handler(req, res, { public: dir, cleanUrls: true, etag: true }).catch(() => {
    if (!res.headersSent) res.writeHead(400, { 'Content-Type': 'text/plain' });
    res.end('Bad request');
  });
});
server.listen(Number(port), '127.0.0.1', () =>
  console.log(`serving ${dir}/ on http://127.0.0.1:${port}`),
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
