/**
 * Briefing mode's keys, as plain functions: what a key asks for, which step that is, and which
 * requested steps are still on their way. The component (components/brief-keys.tsx) only wires
 * them to the keyboard and the router.
 */

export type ClickerAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'fullscreen';

// What presentation clickers send (→ ↓ Space PageDown / ← ↑ PageUp), plus Home, End, Esc and F.
const KEYS: Readonly<Record<string, ClickerAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  f: 'fullscreen',
  F: 'fullscreen',
};

export const clickerAction = (key: string): ClickerAction | undefined =>
  Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;

/** The step a move lands on, from step `from` of `count`; at either end it stays put. */
export function stepAfter(
  action: 'next' | 'prev' | 'first' | 'last',
  from: number,
  count: number,
): number {
  if (action === 'first') return 0;
  if (action === 'last') return count - 1;
  return Math.min(count - 1, Math.max(0, from + (action === 'next' ? 1 : -1)));
}

/**
 * Steps asked for whose page has not been shown yet, oldest first. Each press starts from the
 * last of them, not from the page on screen: a presenter's second click often comes before the
 * first step has loaded, and it means one step further.
 */
export type Pending = readonly number[];

/** Where the next press starts from. */
export const startOf = (pending: Pending, shown: number) => pending.at(-1) ?? shown;

/** After asking for step `to` while `shown` is on screen. */
export const requested = (pending: Pending, shown: number, to: number): Pending =>
  // Back to the step on screen: nothing is on its way any more.
  to === shown ? [] : [...pending, to];

/**
 * After step `shown` appeared: the requests made after it stay pending. A step nobody asked for
 * (a link, the browser's Back) ends them all.
 */
export function arrived(pending: Pending, shown: number): Pending {
  const at = pending.lastIndexOf(shown);
  return at < 0 ? [] : pending.slice(at + 1);
}
