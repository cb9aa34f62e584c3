/** A rectangle in the map's pixel coordinates (y grows downwards). */
export type Box = { x1: number; y1: number; x2: number; y2: number };

/** Whether two boxes overlap or come closer than `margin` pixels. */
export const overlaps = (a: Box, b: Box, margin = 2) =>
  a.x1 < b.x2 + margin && b.x1 < a.x2 + margin && a.y1 < b.y2 + margin && b.y1 < a.y2 + margin;

/** Whether `b` lies wholly inside `outer`. */
export const within = (b: Box, outer: Box) =>
  b.x1 >= outer.x1 && b.x2 <= outer.x2 && b.y1 >= outer.y1 && b.y2 <= outer.y2;

/** Boxes bucketed by position, so "does this overlap anything?" stays cheap with 1,000 places. */
export class BoxGrid {
  private cells = new Map<string, Box[]>();
  constructor(
    boxes: readonly Box[] = [],
    private size = 64,
  ) {
    boxes.forEach((b) => this.add(b));
  }
  private keys(b: Box, margin = 0): string[] {
    const keys: string[] = [];
    for (
      let x = Math.floor((b.x1 - margin) / this.size);
      x <= Math.floor((b.x2 + margin) / this.size);
      x++
    )
      for (
        let y = Math.floor((b.y1 - margin) / this.size);
        y <= Math.floor((b.y2 + margin) / this.size);
        y++
      )
        keys.push(`${x},${y}`);
    return keys;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const cell = this.cells.get(k);
      if (cell) cell.push(b);
      else this.cells.set(k, [b]);
    }
  }
  hits(b: Box, margin = 2, except?: Box): boolean {
    return this.keys(b, margin).some((k) =>
      this.cells.get(k)?.some((o) => o !== except && overlaps(b, o, margin)),
    );
  }
}
