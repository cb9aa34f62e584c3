// Where marks and names go, from hand-built marks in pixels. Expected numbers are worked out by
// hand from the design: marks 26 px (32 px selected), 2 px kept clear between marks, names 20 px
// tall and 6 px from their mark.
import { describe, expect, it } from 'vitest';
import { BoxGrid, overlaps } from '@/lib/boxes';
import { layoutMarks, type MarkAt } from '@/lib/mark-layout';

const mark = (id: string, x: number, y: number, selected = false, labelWidth = 60): MarkAt => ({
  id,
  x,
  y,
  selected,
  labelWidth,
});
const VIEW = { x1: 0, y1: 0, x2: 400, y2: 400 };

describe('nudging marks apart', () => {
  it('leaves marks where they belong when they do not overlap', () => {
    const layout = layoutMarks([mark('a', 100, 100), mark('b', 130, 100)], VIEW);
    expect(layout.offsets.size).toBe(0);
  });

  it('moves the second of two marks at the same point straight up, clear of the first', () => {
    const layout = layoutMarks([mark('a', 100, 100), mark('b', 100, 100)], VIEW);
    expect(layout.offsets.has('a')).toBe(false);
    // 31 px: half a selected mark (16) + half a mark (13) + 2 px clear.
    expect(layout.offsets.get('b')).toEqual([0, -31]);
    // At least a mark's width (26 px) apart.
    expect(Math.abs(layout.offsets.get('b')![1])).toBeGreaterThanOrEqual(26);
  });

  it('a third mark at the same point goes right, the next free spot', () => {
    const layout = layoutMarks([mark('a', 100, 100), mark('b', 100, 100), mark('c', 100, 100)]);
    expect(layout.offsets.get('b')).toEqual([0, -31]);
    expect(layout.offsets.get('c')).toEqual([31, 0]);
  });

  it('the selected place keeps its spot; the other mark moves', () => {
    const layout = layoutMarks([mark('a', 100, 100), mark('b', 100, 100, true)], VIEW);
    expect(layout.offsets.has('b')).toBe(false);
    expect(layout.offsets.get('a')).toEqual([0, -31]);
  });

  it("a mark's box is the size it is drawn: 26 px, 32 px when selected", () => {
    const plain = layoutMarks([mark('a', 100, 100)]);
    expect(plain.obstacles[0]).toEqual({ x1: 87, y1: 87, x2: 113, y2: 113 });
    const selected = layoutMarks([mark('a', 100, 100, true)]);
    expect(selected.obstacles[0]).toEqual({ x1: 84, y1: 84, x2: 116, y2: 116 });
  });
});

describe("placing places' names", () => {
  it('puts a name right of its mark, 6 px from its edge, when there is room', () => {
    const layout = layoutMarks([mark('a', 100, 100)], VIEW);
    expect([...layout.shown]).toEqual(['a']);
    expect(layout.sides.has('a')).toBe(false);
    // 100 + 13 + 6 = 119; 119 + 60 = 179; 20 px tall around y = 100.
    expect(layout.obstacles).toContainEqual({ x1: 119, y1: 90, x2: 179, y2: 110 });
  });

  it('puts the name left when the right edge of the map has no room', () => {
    const layout = layoutMarks([mark('a', 100, 100)], { ...VIEW, x2: 150 });
    expect([...layout.shown]).toEqual(['a']);
    expect(layout.sides.get('a')).toBe('left');
    // 100 − 13 − 6 = 81; 81 − 60 = 21.
    expect(layout.obstacles).toContainEqual({ x1: 21, y1: 90, x2: 81, y2: 110 });
  });

  it('leaves a name off when neither side fits inside the map', () => {
    const layout = layoutMarks([mark('a', 100, 100)], { x1: 50, y1: 0, x2: 150, y2: 400 });
    expect(layout.shown.size).toBe(0);
    expect(layout.obstacles).toHaveLength(1); // the mark only
  });

  it('goes left to keep clear of another mark on the right', () => {
    // b's mark spans x 137–163: in the way of a's name on the right (119–179).
    const layout = layoutMarks([mark('a', 100, 100), mark('b', 150, 100)], VIEW);
    expect(layout.sides.get('a')).toBe('left');
    expect(layout.shown.has('b')).toBe(true);
  });

  it('drops a name that would cover a mark on either side', () => {
    // a has b's mark on its right and c's on its left; c has a's mark on its right and the map's
    // edge on its left (−29…31).
    const layout = layoutMarks(
      [mark('a', 100, 100), mark('b', 150, 100), mark('c', 50, 100)],
      VIEW,
    );
    expect([...layout.shown]).toEqual(['b']);
  });

  it('drops a name that would cover a name already placed', () => {
    // b's name fits neither on the right (219–279, past the edge at 250) nor on the left
    // (121–181, over a's name at 119–179).
    const layout = layoutMarks([mark('a', 100, 100), mark('b', 200, 100)], { ...VIEW, x2: 250 });
    expect([...layout.shown]).toEqual(['a']);
  });

  it("places the selected place's name first", () => {
    // Selected, b's mark is 32 px: its name goes left (200 − 16 − 6 = 178; 178 − 60 = 118), and
    // a's name, placed after it, has to go left too.
    const layout = layoutMarks([mark('a', 100, 100), mark('b', 200, 100, true)], {
      ...VIEW,
      x2: 250,
    });
    expect(layout.shown).toEqual(new Set(['a', 'b']));
    expect(layout.sides.get('b')).toBe('left');
    expect(layout.sides.get('a')).toBe('left');
    expect(layout.obstacles).toContainEqual({ x1: 118, y1: 90, x2: 178, y2: 110 });
  });

  it("keeps names off the map's furniture (zoom buttons, legend)", () => {
    const legend = { x1: 150, y1: 80, x2: 250, y2: 120 };
    const layout = layoutMarks([mark('a', 100, 100)], VIEW, [legend]);
    expect(layout.sides.get('a')).toBe('left');
  });
});

describe('BoxGrid', () => {
  it('finds boxes closer than the margin, across grid cells', () => {
    const grid = new BoxGrid([{ x1: 60, y1: 60, x2: 70, y2: 70 }]);
    expect(grid.hits({ x1: 71, y1: 60, x2: 80, y2: 70 })).toBe(true); // 1 px away, margin 2
    expect(grid.hits({ x1: 72, y1: 60, x2: 80, y2: 70 })).toBe(false); // 2 px away
    expect(grid.hits({ x1: 72, y1: 60, x2: 80, y2: 70 }, 3)).toBe(true);
  });

  it('ignores the box it is told to', () => {
    const own = { x1: 0, y1: 0, x2: 10, y2: 10 };
    const grid = new BoxGrid([own]);
    expect(grid.hits({ x1: 5, y1: 5, x2: 15, y2: 15 }, 2, own)).toBe(false);
  });

  it('overlaps() with no margin: touching edges do not overlap', () => {
    const a = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(overlaps(a, { x1: 10, y1: 0, x2: 20, y2: 10 }, 0)).toBe(false);
    expect(overlaps(a, { x1: 9, y1: 0, x2: 20, y2: 10 }, 0)).toBe(true);
  });
});
