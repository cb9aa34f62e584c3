import { readFileSync } from 'node:fs';
import { datesIn } from './lib/dates/extract';
const a = JSON.parse(readFileSync('data/collection/articles/putin-keeps-all-options-open.json','utf8'));
for (const p of a.paragraphs) for (const d of datesIn(p.text, a.date)) console.log(p.n, JSON.stringify(d), p.text.slice(d.start,d.end)===d.text);
