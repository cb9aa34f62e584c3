'use client';
import type { ReviewState, Suggestion } from '@/lib/editor/review';
import { ParagraphText } from './paragraph-text';
import styles from './editor.module.css';

export type Selection = { index: number; start: number; end: number; text: string };

/** Offsets of the window's selection within one paragraph's text element, if it lies in one. */
function selectionIn(root: HTMLElement, index: number): Selection | undefined {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return undefined;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return undefined;
  const before = document.createRange();
  before.selectNodeContents(root);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const text = range.toString();
  return text.trim() ? { index, start, end: start + text.length, text } : undefined;
}

/**
 * The article as the reader will see it: each paragraph with its suggested names marked (solid
 * underline when sure, dotted when not), the focused suggestion's sentence shaded, flagged
 * furniture with Keep / Remove.
 */
export function ReviewText({
  review,
  focused,
  onFocus,
  onKept,
  onSelect,
}: {
  review: ReviewState;
  focused?: Suggestion;
  onFocus: (key: string) => void;
  onKept: (index: number, kept: boolean) => void;
  onSelect: (selection: Selection | undefined) => void;
}) {
  let n = 0;
  return (
    <section className={styles.text} aria-labelledby="text-heading">
      <h2 id="text-heading">The text</h2>
      <p className={styles.hint}>Select words in a paragraph to add a mention the draft missed.</p>
      {review.paragraphs.map((p, i) => {
        const kept = review.kept[i];
        const number = kept ? ++n : undefined;
        return (
          <div
            key={i}
            className={`${styles.paragraph} ${kept ? '' : styles.removed}`}
            data-paragraph={i}
          >
            <span className={styles.pmark} aria-hidden={!number}>
              {number ? `¶ ${number}` : '—'}
            </span>
            <div>
              <p
                className={styles.ptext}
                onMouseUp={(e) => onSelect(selectionIn(e.currentTarget, i))}
                onKeyUp={(e) => onSelect(selectionIn(e.currentTarget, i))}
              >
                <ParagraphText
                  text={p.text}
                  suggestions={review.suggestions.filter((s) => s.index === i)}
                  focused={focused?.index === i ? focused : undefined}
                  onFocus={onFocus}
                />
              </p>
              {p.furniture && (
                <p className={styles.furniture}>
                  Flagged: {p.furniture}.{' '}
                  <button
                    type="button"
                    className={styles.small}
                    aria-pressed={kept}
                    onClick={() => onKept(i, !kept)}
                  >
                    {kept ? 'Remove this paragraph' : 'Keep this paragraph'}
                  </button>
                </p>
              )}
            </div>
          </div>
        );
      })}
    </section>
  );
}
