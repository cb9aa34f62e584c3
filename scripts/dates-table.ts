// npm run --silent dates:seed: the dated phrases of the seed article as a Markdown table
// (paragraph, phrase, resolved value, precision), resolved against its December 2021 date.
import { readFileSync } from 'node:fs';
import { articleFileSchema } from '../lib/collection/model';
import { datesIn, type StatedDate } from '../lib/dates/extract';

const SEED = 'data/collection/articles/putin-keeps-all-options-open.json';
const article = articleFileSchema.parse(JSON.parse(readFileSync(SEED, 'utf8')));

const shown = ({ value: { from, to } }: StatedDate) =>
  from === to ? from! : `${from ?? '…'} – ${to ?? '…'}`;
const cell = (s: string) => s.replace(/\|/g, '\\|');

const lines = [
  `Dates stated in "${article.title}" (published ${article.date.value}, precision ${article.date.precision}${article.date.inferred ? ', inferred' : ''})`,
  '',
  '| paragraph | phrase | resolved value | precision |',
  '| --- | --- | --- | --- |',
];
for (const p of article.paragraphs)
  for (const d of datesIn(p.text, article.date))
    lines.push(`| ${p.n} | ${cell(d.text)} | ${shown(d)} | ${d.precision} |`);
console.log(lines.join('\n'));
