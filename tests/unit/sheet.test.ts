import { describe, expect, it } from 'vitest';
import { initialSheet, nextSheet } from '@/lib/sheet';

describe('the bottom sheet', () => {
  it('starts half open on a place, collapsed on the list', () => {
    expect(initialSheet(true)).toBe('half');
    expect(initialSheet(false)).toBe('collapsed');
  });
  it('steps collapsed → half → full → collapsed on each tap of the handle', () => {
    expect(nextSheet('collapsed', { type: 'tap' })).toBe('half');
    expect(nextSheet('half', { type: 'tap' })).toBe('full');
    expect(nextSheet('full', { type: 'tap' })).toBe('collapsed');
  });
  it('opens a collapsed sheet to half when a place is selected, and leaves a bigger one be', () => {
    expect(nextSheet('collapsed', { type: 'select' })).toBe('half');
    expect(nextSheet('half', { type: 'select' })).toBe('half');
    expect(nextSheet('full', { type: 'select' })).toBe('full');
  });
  it('snaps a dragged sheet to the nearest height', () => {
    expect(nextSheet('half', { type: 'drop', ratio: 0.1 })).toBe('collapsed');
    expect(nextSheet('half', { type: 'drop', ratio: 0.29 })).toBe('collapsed');
    expect(nextSheet('collapsed', { type: 'drop', ratio: 0.3 })).toBe('half');
    expect(nextSheet('full', { type: 'drop', ratio: 0.5 })).toBe('half');
    expect(nextSheet('half', { type: 'drop', ratio: 0.72 })).toBe('full');
    expect(nextSheet('collapsed', { type: 'drop', ratio: 0.95 })).toBe('full');
  });
});
