// npm run --silent dates:seed: the dated phrases of the seed article's mentions as a Markdown
// table (place, paragraph, phrase, resolved value, precision), resolved against its December 2021
// date, and whether each is what the file stores. `-- --write` stores the proposed dates in
// the seed's file (to be reviewed in the table and the diff before committing).
import { readFileSync, writeFileSync } from 'node:fs';
import { articleFileText } from '../lib/collection/files';
import { articleFileSchema } from '../lib/collection/model';
import { mentionDates } from '../lib/dates/mentions';
import type { StatedDate } from '../lib/dates/types';

const SEED = 'data/collection/articles/putin-keeps-all-options-open.json';
const article = articleFileSchema.parse(JSON.parse(readFileSync(SEED, 'utf8')));
const proposed = mentionDates(article);

const shown = ({ value: { from, to } }: StatedDate) =>
  from === to ? from! : `${from ?? '…'} – ${to ?? '…'}`;
const cell = (s: string) => s.replace(/\|/g, '\\|');

if (process.argv.includes('--write')) {
  const mentions = article.mentions.map((m, i) => ({ ...m, dates: proposed[i].dates }));
  writeFileSync(SEED, articleFileText({ ...article, mentions }));
}

const lines = [
  `Dates stated in "${article.title}" (published ${article.date.value}, precision ${article.date.precision}${article.date.inferred ? ', inferred' : ''})`,
  '',
  '| place | ¶ | phrase | resolved value | precision | stored |',
  '| --- | --- | --- | --- | --- | --- |',
];
proposed.forEach((m, i) => {
  const stored = article.mentions[i].dates;
  const same = JSON.stringify(stored) === JSON.stringify(m.dates);
  const mark = stored === undefined ? 'not reviewed' : same ? 'yes' : 'differs (reviewed)';
  if (!m.dates.length) lines.push(`| ${m.place} | ${m.paragraph} | (undated) | | | ${mark} |`);
  for (const d of m.dates)
    lines.push(
      `| ${m.place} | ${m.paragraph} | ${cell(d.text)} | ${shown(d)} | ${d.precision} | ${mark} |`,
    );
});
console.log(lines.join('\n'));
