// Regenerates the seed article's paragraphs (data/collection/articles/<seed>.json) from the
// untouched capture in data/source/article.txt. Everything else in the file is kept; the mentions'
// spans are checked against the new paragraphs by `npm run check:data`.
import { readFileSync, writeFileSync } from 'node:fs';
import { cleanArticle } from '../lib/article';
import { articleFileText } from '../lib/collection/files';
import { articleFileSchema } from '../lib/collection/model';

const FILE = 'data/collection/articles/putin-keeps-all-options-open.json';
const seed = articleFileSchema.parse(JSON.parse(readFileSync(FILE, 'utf8')));
const { paragraphs } = cleanArticle(readFileSync('data/source/article.txt', 'utf8'));
writeFileSync(FILE, articleFileText({ ...seed, paragraphs }));
console.log(`${FILE}: ${paragraphs.length} paragraphs`);
