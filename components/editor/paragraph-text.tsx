import type { Suggestion } from '@/lib/editor/review';
import styles from './editor.module.css';

type Piece = { start: number; end: number; name?: Suggestion; inFocus: boolean };

/** The paragraph cut at every name and at the focused sentence's ends. */
function piecesOf(text: string, suggestions: Suggestion[], focused?: Suggestion): Piece[] {
  const names = suggestions
    .filter((s) => s.decision !== 'rejected')
    .flatMap((s) => s.names.map((n) => ({ ...n, s })));
  const cuts = new Set([0, text.length]);
  for (const n of names) cuts.add(n.start).add(n.end);
  if (focused) cuts.add(focused.start).add(focused.end);
  const sorted = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  return sorted.slice(1).map((end, i) => {
    const start = sorted[i];
    const name = names.find((n) => n.start <= start && n.end >= end);
    const inFocus = !!focused && focused.start <= start && focused.end >= end;
    return { start, end, name: name?.s, inFocus };
  });
}

/** A paragraph's text with its suggestions' names as marks (a click focuses the suggestion). */
export function ParagraphText({
  text,
  suggestions,
  focused,
  onFocus,
}: {
  text: string;
  suggestions: Suggestion[];
  focused?: Suggestion;
  onFocus: (key: string) => void;
}) {
  return piecesOf(text, suggestions, focused).map((p) => {
    const words = text.slice(p.start, p.end);
    const shade = p.inFocus ? styles.sentence : undefined;
    if (!p.name)
      return (
        <span key={p.start} className={shade}>
          {words}
        </span>
      );
    const sure = p.name.confidence >= 0.8;
    return (
      <mark
        key={p.start}
        className={`${styles.mark} ${sure ? styles.sure : styles.unsure} ${styles[p.name.decision]} ${shade ?? ''}`}
        data-suggestion={p.name.key}
        onClick={() => onFocus(p.name!.key)}
      >
        {words}
      </mark>
    );
  });
}
