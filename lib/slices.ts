// Long jobs cut into short browser tasks, so the page answers input in between (no Leaflet here:
// the locator inset uses them too).
// Time spent on one task's share of a long job before handing the page back (ms): short enough
// that no task blocks input for long, even on a phone several times slower than a laptop.
const SLICE_MS = 6;

type Options = { done?: () => void; startNextTask?: boolean };

/**
 * Calls `step` on each item, a few milliseconds' worth per browser task, then `done`. Starts at
 * once unless `startNextTask`. Returns a function that stops what is left.
 */
export function inSlices<T>(
  items: readonly T[],
  step: (item: T) => void,
  { done, startNextTask = false }: Options = {},
): () => void {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    const start = performance.now();
    while (next < items.length && performance.now() - start < SLICE_MS) step(items[next++]);
    if (next < items.length) timer = setTimeout(run, 0);
    else done?.();
  };
  if (startNextTask) timer = setTimeout(run, 0);
  else run();
  return () => clearTimeout(timer);
}

/** Runs `work` in a browser task of its own, after whatever this one is doing; returns a cancel. */
export function inNextTask(work: () => void): () => void {
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}

const queue: Array<() => void> = [];
let queueTimer: ReturnType<typeof setTimeout> | undefined;
function runQueue() {
  queueTimer = undefined;
  const start = performance.now();
  while (queue.length && performance.now() - start < SLICE_MS) queue.shift()!();
  if (queue.length) queueTimer = setTimeout(runQueue, 0);
}

/**
 * Queues `work` behind other queued work, from the next browser task on, a few milliseconds' worth
 * per task: for many small jobs started by many components at once (each region's shape). Returns
 * a function that takes the work off the queue if it has not run yet.
 */
export function inQueue(work: () => void): () => void {
  let wanted = true;
  queue.push(() => wanted && work());
  queueTimer ??= setTimeout(runQueue, 0);
  return () => {
    wanted = false;
  };
}
