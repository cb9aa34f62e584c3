/**
 * Where an item sits in a list and what comes before and after it, wrapping round at the ends
 * (from the last place, Next goes to the first), so every place has both links in the same spot.
 * Undefined when the id is not in the list or is alone in it.
 */
export function neighbours<T extends { id: string }>(
  items: readonly T[],
  id: string,
): { index: number; prev: T; next: T } | undefined {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0 || items.length < 2) return undefined;
  const n = items.length;
  return { index, prev: items[(index - 1 + n) % n], next: items[(index + 1) % n] };
}
