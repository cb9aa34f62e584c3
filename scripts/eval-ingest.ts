// npm run eval:ingest: the drafter against the labelled articles of tests/fixtures/ingest/ and the
// seed article (gold: its published mentions). Prints precision, recall and F1 of (place,
// paragraph) pairs per article and overall, the errors, and the speed; exits 1 if a target is missed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { draftArticle, type DraftInput } from '../lib/ingest/draft';
import { prf, scoreDraft, type Pair } from '../lib/ingest/evaluate';
import { loadGazetteer } from '../lib/ingest/gazetteer';

const DIR = 'tests/fixtures/ingest';
const SEED = 'data/collection/articles/putin-keeps-all-options-open.json';
const TARGET = { recall: 0.95, precision: 0.9, draftMs: 1000, loadMs: 1000, memoryMb: 300 };

type Case = { name: string; input: DraftInput; gold: Pair[] };

/** Articles written after the rules and never used to tune them (see heldout/README). */
const HELD_OUT = path.join(DIR, 'heldout');

function labelled(dir: string, prefix: string): Case[] {
  const out: Case[] = [];
  for (const f of readdirSync(dir)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort()) {
    const ext = path.extname(f);
    const gold = JSON.parse(readFileSync(path.join(dir, f.replace(ext, '.gold.json')), 'utf8'));
    const text = readFileSync(path.join(dir, f), 'utf8');
    out.push({
      name: prefix + f,
      input: { text, format: ext.slice(1) as 'txt', title: gold.title, date: gold.date },
      gold: gold.gold,
    });
  }
  return out;
}

function cases(): Case[] {
  const out = [...labelled(DIR, ''), ...labelled(HELD_OUT, 'held out: ')];
  const seed = JSON.parse(readFileSync(SEED, 'utf8'));
  const seen = new Set<string>();
  const gold = (seed.mentions as Pair[])
    .map((m) => ({ place: m.place, paragraph: m.paragraph }))
    .filter((m) => !seen.has(`${m.place}@${m.paragraph}`) && seen.add(`${m.place}@${m.paragraph}`));
  out.push({
    name: 'seed: ' + seed.slug,
    input: { text: readFileSync('data/source/article.txt', 'utf8'), title: seed.title },
    gold,
  });
  return out;
}

const f2 = (x: number) => x.toFixed(2).padStart(5);
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const gazetteer = loadGazetteer();
const loadMs = performance.now() - t0;
const memoryMb = (process.memoryUsage().rss - rss0) / 1e6;
const heapMb = process.memoryUsage().heapUsed / 1e6;

let tp = 0;
let fp = 0;
let fn = 0;
const errors: string[] = [];
let seedMissed = 0;
const heldOut = { tp: 0, fp: 0, fn: 0 };
console.log(`${'article'.padEnd(44)}  gold  found    P     R    F1`);
const all = cases();
for (const c of all) {
  const draft = draftArticle(c.input, gazetteer);
  const s = scoreDraft(draft, c.gold);
  tp += s.tp;
  fp += s.fp.length;
  fn += s.fn.length;
  if (c.name.startsWith('seed')) seedMissed = s.fn.length;
  if (c.name.startsWith('held out')) {
    heldOut.tp += s.tp;
    heldOut.fp += s.fp.length;
    heldOut.fn += s.fn.length;
  }
  console.log(
    `${c.name.padEnd(44)}  ${String(c.gold.length).padStart(4)}  ${String(s.tp + s.fp.length).padStart(5)}  ${f2(s.precision)} ${f2(s.recall)} ${f2(s.f1)}`,
  );
  for (const e of s.fp) errors.push(`  ${c.name}: false positive ${e.place} in ¶${e.paragraph}`);
  for (const e of s.fn) errors.push(`  ${c.name}: missed ${e.place} in ¶${e.paragraph}`);
}
const total = prf(tp, fp, fn);
console.log(
  `${'overall'.padEnd(44)}  ${String(tp + fn).padStart(4)}  ${String(tp + fp).padStart(5)}  ${f2(total.precision)} ${f2(total.recall)} ${f2(total.f1)}`,
);
const h = prf(heldOut.tp, heldOut.fp, heldOut.fn);
console.log(
  `${'held out only'.padEnd(44)}  ${String(heldOut.tp + heldOut.fn).padStart(4)}  ${String(heldOut.tp + heldOut.fp).padStart(5)}  ${f2(h.precision)} ${f2(h.recall)} ${f2(h.f1)}`,
);
console.log(errors.length ? `\nerrors:\n${errors.join('\n')}` : '\nerrors: none');

// Speed: about 2,000 words, made of the labelled articles end to end.
let long = '';
while (long.split(/\s+/).length < 2000)
  long += all.map((c) => (c.input.format === 'html' ? '' : c.input.text)).join('\n\n') + '\n\n';
const words = long.split(/\s+/).filter(Boolean).length;
draftArticle({ text: long }, gazetteer); // warm-up
const t1 = performance.now();
draftArticle({ text: long }, gazetteer);
const draftMs = performance.now() - t1;
console.log(
  `\nspeed: gazetteer load ${loadMs.toFixed(0)} ms, +${memoryMb.toFixed(0)} MB RSS (heap ${heapMb.toFixed(0)} MB); draft of ${words} words ${draftMs.toFixed(0)} ms`,
);

const missed = [
  total.recall < TARGET.recall && `recall ${total.recall.toFixed(2)} < ${TARGET.recall}`,
  total.precision < TARGET.precision &&
    `precision ${total.precision.toFixed(2)} < ${TARGET.precision}`,
  seedMissed > 0 && `the seed article misses ${seedMissed} published pair(s)`,
  draftMs > TARGET.draftMs && `draft ${draftMs.toFixed(0)} ms > ${TARGET.draftMs} ms`,
  loadMs > TARGET.loadMs && `gazetteer load ${loadMs.toFixed(0)} ms > ${TARGET.loadMs} ms`,
  memoryMb > TARGET.memoryMb &&
    `gazetteer memory ${memoryMb.toFixed(0)} MB > ${TARGET.memoryMb} MB`,
].filter(Boolean);
if (missed.length) {
  console.error(`\ntargets missed: ${missed.join('; ')}`);
  process.exit(1);
}
console.log('\ntargets met');
