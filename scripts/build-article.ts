// Regenerates data/article.json from the untouched capture in data/source/article.txt.
import { readFileSync, writeFileSync } from 'node:fs';
import { cleanArticle } from '../lib/article';

const article = cleanArticle(readFileSync('data/source/article.txt', 'utf8'));
writeFileSync('data/article.json', JSON.stringify(article, null, 2) + '\n');
console.log(`data/article.json: ${article.paragraphs.length} paragraphs`);
