import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/draft.ts', ...args], { encoding: 'utf8', timeout: 60000 });

// Each test starts `npx tsx` a few times: generous time on a busy machine (not a speed target).
describe('npm run draft', { timeout: 180_000 }, () => {
  it('prints the draft as JSON, in the documented shape', () => {
    const r = run('tests/fixtures/ingest/spelling.txt', '--title', 'Trains cancelled');
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.paragraphs[0]).toMatchObject({
      n: 1,
      text: expect.stringMatching(/^Trains from Kiev/),
    });
    const m = d.mentions[0];
    expect(Object.keys(m.place)).toEqual(
      expect.arrayContaining(['id', 'name', 'kind', 'lon', 'lat', 'source']),
    );
    const sentence =
      'Trains from Kiev to Odessa were cancelled on Friday after a power failure, the railway company said.';
    expect(m).toMatchObject({
      place: { id: 'kyiv' },
      paragraph: 1,
      start: 0,
      end: sentence.length,
    });
    expect(m.text).toBe(sentence);
    expect(typeof m.confidence).toBe('number');
  });

  it('names the file and the problem, and exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'draft-'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'a.pdf'), 'x');
    writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([1, 0, 2]));
    for (const [file, problem] of [
      ['empty.txt', /empty/],
      ['a.pdf', /unknown extension/],
      ['bin.txt', /binary/],
    ] as const) {
      const r = run(path.join(dir, file));
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(problem);
    }
  });
});
