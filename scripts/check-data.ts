// `npm run check:data`: validates the collection's files (data/collection, or --dir): every
// article, place and mention. Fails naming the article slug or place id and the field.
import { readCollectionFiles, COLLECTION_DIR } from '../lib/store/open';
import { CollectionError } from '../lib/collection/validate';

const dirArg = process.argv.indexOf('--dir');
const dir = dirArg >= 0 ? process.argv[dirArg + 1] : COLLECTION_DIR;
try {
  const c = readCollectionFiles(dir);
  const mentions = c.articles.reduce((n, a) => n + a.mentions.length, 0);
  console.log(
    `${dir}: ${c.articles.length} articles, ${c.places.length} places, ${mentions} mentions, all verbatim`,
  );
} catch (e) {
  console.error(e instanceof CollectionError ? e.message : e);
  process.exit(1);
}
