import { describe, expect, it } from 'vitest';
import { neighbours } from '@/lib/neighbours';

describe('neighbours', () => {
  const list = [{ id: 'moscow' }, { id: 'brussels' }, { id: 'crimea' }];
  it('gives the items before and after, wrapping round at the ends', () => {
    expect(neighbours(list, 'brussels')).toEqual({
      index: 1,
      prev: { id: 'moscow' },
      next: { id: 'crimea' },
    });
    expect(neighbours(list, 'moscow')).toEqual({
      index: 0,
      prev: { id: 'crimea' },
      next: { id: 'brussels' },
    });
    expect(neighbours(list, 'crimea')).toEqual({
      index: 2,
      prev: { id: 'brussels' },
      next: { id: 'moscow' },
    });
  });
  it('gives nothing for an unknown id or a list of one', () => {
    expect(neighbours(list, 'kyiv')).toBeUndefined();
    expect(neighbours([{ id: 'moscow' }], 'moscow')).toBeUndefined();
  });
});
