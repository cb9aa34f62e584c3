import { describe, expect, it } from 'vitest';
import { arrived, clickerAction, requested, startOf, stepAfter } from '@/lib/clicker';

describe('the briefing clicker', () => {
  it('maps the keys a clicker sends', () => {
    expect(['ArrowRight', 'ArrowDown', ' ', 'PageDown'].map(clickerAction)).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map(clickerAction)).toEqual(['prev', 'prev', 'prev']);
    expect(['Home', 'End', 'Escape', 'f', 'F'].map(clickerAction)).toEqual([
      'first',
      'last',
      'exit',
      'fullscreen',
      'fullscreen',
    ]);
    expect(['Enter', 'a', 'Tab', 'toString', 'constructor'].map(clickerAction)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('steps within the briefing and stays put at either end', () => {
    expect(stepAfter('next', 0, 6)).toBe(1);
    expect(stepAfter('next', 5, 6)).toBe(5);
    expect(stepAfter('prev', 3, 6)).toBe(2);
    expect(stepAfter('prev', 0, 6)).toBe(0);
    expect(stepAfter('first', 4, 6)).toBe(0);
    expect(stepAfter('last', 1, 6)).toBe(5);
  });

  it('counts presses that come before the previous step has loaded', () => {
    // Step 1 (index 0) on screen; three presses, none of them shown yet.
    let pending = requested([], 0, stepAfter('next', startOf([], 0), 6));
    expect(pending).toEqual([1]);
    pending = requested(pending, 0, stepAfter('next', startOf(pending, 0), 6));
    pending = requested(pending, 0, stepAfter('next', startOf(pending, 0), 6));
    expect(pending).toEqual([1, 2, 3]);
    expect(startOf(pending, 0)).toBe(3);
    // The steps appear one by one, or the router skips straight to the last.
    expect(arrived([1, 2, 3], 1)).toEqual([2, 3]);
    expect(arrived([1, 2, 3], 3)).toEqual([]);
    // Left after them starts from step 4 (index 3), whatever is on screen.
    expect(stepAfter('prev', startOf([2, 3], 1), 6)).toBe(2);
  });

  it('forgets what was asked for when another step appears, or on going back to the one shown', () => {
    expect(arrived([1, 2], 4)).toEqual([]);
    expect(arrived([], 2)).toEqual([]);
    expect(requested([1], 0, 0)).toEqual([]);
    expect(startOf([], 2)).toBe(2);
  });
});
