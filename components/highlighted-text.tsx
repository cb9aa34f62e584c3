import { highlight } from '@/lib/search-query';

/** A text with the query's words marked: text segments and <mark>s, never HTML from the data. */
export function HighlightedText({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <>{highlight(text, words).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>
  );
}
