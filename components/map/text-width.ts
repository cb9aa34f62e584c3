/**
 * How wide a map name will be, in CSS pixels, measured with a canvas in the page's own font (so a
 * name near the edge can be left off or moved before it is cut). Falls back to an estimate where
 * there is no canvas (tests, or a browser without one).
 */
export type TextStyle = {
  px: number;
  weight?: number;
  italic?: boolean;
  smallCaps?: boolean;
  letterSpacingEm?: number;
};

let ctx: CanvasRenderingContext2D | null | undefined;
let family = 'sans-serif';
// Setting a canvas's font parses it: done only when the font changes, not for every name.
let lastFont = '';
function setFont(c: CanvasRenderingContext2D, font: string) {
  if (font !== lastFont) {
    c.font = font;
    lastFont = font;
  }
}
const cache = new Map<string, number>();

function context(): CanvasRenderingContext2D | null {
  if (ctx === undefined) {
    ctx =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (ctx) family = getComputedStyle(document.body).fontFamily || family;
  }
  return ctx;
}

export function textWidth(text: string, s: TextStyle): number {
  const key = `${s.px}|${s.weight ?? 400}|${s.italic ? 1 : 0}|${s.smallCaps ? 1 : 0}|${s.letterSpacingEm ?? 0}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const c = context();
  let w: number;
  if (c) {
    setFont(c, `${s.italic ? 'italic ' : ''}${s.weight ?? 400} ${s.px}px ${family}`);
    // Small capitals of lower-cased text, as the CSS draws country names; where the canvas cannot
    // set them, capitals at 80 % of the size come close.
    const caps = !!s.smallCaps && 'fontVariantCaps' in c;
    if (s.smallCaps && !caps) setFont(c, `${s.weight ?? 400} ${s.px * 0.8}px ${family}`);
    if (caps) c.fontVariantCaps = 'all-small-caps';
    w = c.measureText(s.smallCaps ? (caps ? text.toLowerCase() : text.toUpperCase()) : text).width;
    if (caps) c.fontVariantCaps = 'normal';
    // Letter spacing is added after every letter.
    w += (s.letterSpacingEm ?? 0) * s.px * text.length;
  } else {
    w = text.length * s.px * 0.62;
  }
  cache.set(key, w);
  return w;
}
