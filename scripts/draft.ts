// npm run --silent draft -- <file.txt|.md|.html> [--title T] [--publisher P] [--date D] [--url U]
// Prints the article's draft (lib/ingest/draft.ts) as JSON on stdout; the contract is in README.md.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { draftArticle, DraftInputError, MAX_INPUT_BYTES } from '../lib/ingest/draft';

const FORMATS: Record<string, 'txt' | 'md' | 'html'> = {
  '.txt': 'txt',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html',
};

function fail(file: string, problem: string): never {
  process.stderr.write(`draft: ${file}: ${problem}\n`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    publisher: { type: 'string' },
    date: { type: 'string' },
    url: { type: 'string' },
  },
});
const file = positionals[0];
if (!file)
  fail(
    '(no file)',
    'usage: npm run --silent draft -- <file.txt|.md|.html> [--title T] [--publisher P] [--date D] [--url U]',
  );
const format = FORMATS[path.extname(file).toLowerCase()];
if (!format) fail(file, `unknown extension "${path.extname(file)}": expected .txt, .md or .html`);
let size: number;
try {
  size = statSync(file).size;
} catch {
  fail(file, 'no such file');
}
if (size > MAX_INPUT_BYTES) fail(file, `too big (${size} bytes; the limit is 5 MB)`);
const bytes = readFileSync(file);
if (bytes.includes(0)) fail(file, 'binary file (it contains NUL bytes), not text');
const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
if ((text.match(/\uFFFD/g) ?? []).length > text.length / 100)
  fail(file, 'binary file (not UTF-8 text)');
try {
  const draft = draftArticle({ text, format, ...values });
  process.stdout.write(JSON.stringify(draft, null, 2) + '\n');
} catch (e) {
  if (e instanceof DraftInputError) fail(file, e.message);
  if (e instanceof Error && e.name === 'ZodError') fail(file, `bad option: ${e.message}`);
  throw e;
}
