import { describe, expect, it } from 'vitest';
import { inQueue, inSlices } from '@/lib/slices';

const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('long jobs in short tasks (lib/slices.ts)', () => {
  it('queued work runs after the task that queued it, in the order it was queued', async () => {
    const ran: string[] = [];
    inQueue(() => ran.push('Luhansk'));
    inQueue(() => ran.push('Donetsk'));
    ran.push('this task');
    expect(ran).toEqual(['this task']);
    await nextTask();
    expect(ran).toEqual(['this task', 'Luhansk', 'Donetsk']);
  });

  it('work taken off the queue before it ran never runs', async () => {
    const ran: string[] = [];
    const crimea = inQueue(() => ran.push('Crimea'));
    inQueue(() => ran.push('border'));
    crimea();
    await nextTask();
    expect(ran).toEqual(['border']);
    // The queue works again once emptied.
    inQueue(() => ran.push('Moscow'));
    await nextTask();
    expect(ran).toEqual(['border', 'Moscow']);
  });

  it('a queue longer than a task’s share is finished over several tasks', async () => {
    const ran: number[] = [];
    // Each job takes about 2 ms: no more than three or four of them fit in one task's share.
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    for (let i = 0; i < 10; i++)
      inQueue(() => {
        busy(2);
        ran.push(i);
      });
    await nextTask();
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.length).toBeLessThan(10);
    while (ran.length < 10) await nextTask();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('inSlices from the next task: nothing runs in the task that started it', async () => {
    const ran: string[] = [];
    let done = false;
    inSlices(['Kyiv', 'Kharkiv'], (c) => ran.push(c), {
      startNextTask: true,
      done: () => (done = true),
    });
    expect(ran).toEqual([]);
    await nextTask();
    expect(ran).toEqual(['Kyiv', 'Kharkiv']);
    expect(done).toBe(true);
  });
});
