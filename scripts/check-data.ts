// `npm run check:data`: validates data/places.geojson against the schema and the cleaned article.
// Fails with the feature id and field path of every problem.
import { readFileSync } from 'node:fs';
import { articleSchema } from '../lib/article';
import { PlacesDataError, parsePlacesText } from '../lib/places-schema';

const file = process.argv[2] ?? 'data/places.geojson';
try {
  const article = articleSchema.parse(JSON.parse(readFileSync('data/article.json', 'utf8')));
  const places = parsePlacesText(readFileSync(file, 'utf8'), article, file);
  const excerpts = places.features.reduce((n, p) => n + p.properties.excerpts.length, 0);
  console.log(`${file}: ${places.features.length} places, ${excerpts} excerpts, all verbatim`);
} catch (e) {
  console.error(e instanceof PlacesDataError ? e.message : e);
  process.exit(1);
}
