// The page readers see while the collection's database is unavailable (503). Plain HTML from a
// route handler: a page component cannot answer 503, and this must render with no database.
import { homePath } from './urls';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The 503 page; Retry is a plain link back to `retry` (a path on this site), so it needs no JS. */
export function unavailableHtml(retry: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>The collection is unavailable · Ukraine Crisis Map</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; color: #1d2a36; margin: 0; }
main { max-width: 560px; margin: 15vh auto; padding: 0 20px; }
.retry { display: inline-block; padding: 8px 18px; border-radius: 4px; background: #1d2a36;
  color: #fff; text-decoration: none; font-weight: 600; }
.retry:focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<h1>The collection’s database is unavailable</h1>
<p>The map’s articles and places are kept in a database that is not answering right now, so this
page cannot be shown. It is usually back within a minute.</p>
<p><a class="retry" href="${escapeHtml(retry)}">Retry</a></p>
<p><a href="${homePath()}">Back to the map</a></p>
</main>
</body>
</html>
`;
}
