// Cutting shapes to a picture's box, for the maps drawn on the server (print, previews, slides,
// the first view, the inset).
export type Pt = [number, number];
export type ClipBox = { x0: number; y0: number; x1: number; y1: number };

/** Sutherland–Hodgman: the part of a closed ring inside the box (enough for filling it). */
export function clipPolygon(ring: readonly Pt[], b: ClipBox): Pt[] {
  const edges: [(p: Pt) => boolean, (p: Pt, q: Pt) => Pt][] = [
    [(p) => p[0] >= b.x0, (p, q) => [b.x0, p[1] + ((q[1] - p[1]) * (b.x0 - p[0])) / (q[0] - p[0])]],
    [(p) => p[0] <= b.x1, (p, q) => [b.x1, p[1] + ((q[1] - p[1]) * (b.x1 - p[0])) / (q[0] - p[0])]],
    [(p) => p[1] >= b.y0, (p, q) => [p[0] + ((q[0] - p[0]) * (b.y0 - p[1])) / (q[1] - p[1]), b.y0]],
    [(p) => p[1] <= b.y1, (p, q) => [p[0] + ((q[0] - p[0]) * (b.y1 - p[1])) / (q[1] - p[1]), b.y1]],
  ];
  let out: Pt[] = [...ring];
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    input.forEach((cur, i) => {
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cross(prev, cur));
    });
    if (!out.length) return [];
  }
  return out;
}

/** The runs of a polyline that come near the box; segments wholly outside are dropped. */
export function clipLine(line: readonly Pt[], b: ClipBox): Pt[][] {
  const near = (p: Pt) => p[0] >= b.x0 && p[0] <= b.x1 && p[1] >= b.y0 && p[1] <= b.y1;
  const parts: Pt[][] = [];
  let part: Pt[] = [];
  line.forEach((p, i) => {
    const keep =
      near(p) || (i > 0 && near(line[i - 1])) || (i < line.length - 1 && near(line[i + 1]));
    if (keep) part.push(p);
    else if (part.length) {
      parts.push(part);
      part = [];
    }
  });
  if (part.length > 1) parts.push(part);
  return parts.filter((p) => p.length > 1);
}
