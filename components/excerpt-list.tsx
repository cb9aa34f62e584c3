import type { ReactNode } from 'react';
import { paragraphMark } from '@/lib/citation';
import type { Excerpt } from '@/lib/places-schema';

/**
 * Where the list is shown. Each keeps its own class names because each has its own type scale
 * (a side panel, an iframe, a projector, paper) in globals.css.
 */
export type ExcerptVariant = 'panel' | 'embed' | 'brief' | 'handout';

const CLASSES: Record<ExcerptVariant, { list: string; mark: string; quote?: string }> = {
  panel: { list: 'excerpts', mark: 'para-mark', quote: 'excerpt' },
  embed: { list: 'embed-excerpts', mark: 'para-mark', quote: 'excerpt' },
  brief: { list: 'brief-excerpts', mark: 'brief-para' },
  handout: { list: 'handout-excerpts', mark: 'handout-para' },
};

type Props = {
  excerpts: readonly Excerpt[];
  variant: ExcerptVariant;
  /** An id for each ¶ mark, so a button can say which quote it acts on. */
  markId?: (index: number) => string;
  /** The `cite` URL of each quotation. */
  cite?: (excerpt: Excerpt) => string;
  /** What follows each quotation (the panel's links and buttons). */
  actions?: (excerpt: Excerpt, index: number) => ReactNode;
  /** The months each excerpt's dates cover (lib/timeline.ts whenAttribute), for the timeline. */
  when?: (index: number) => string;
};

/** The article's own words about a place: each excerpt verbatim, after its paragraph mark. */
export function ExcerptList({ excerpts, variant, markId, cite, actions, when }: Props) {
  const c = CLASSES[variant];
  return (
    <ol className={c.list}>
      {excerpts.map((ex, i) => (
        <li key={`${ex.paragraph}:${i}`} data-when={when?.(i)}>
          <span className={c.mark} id={markId?.(i)}>
            {paragraphMark(ex.paragraph)}
          </span>
          <blockquote className={c.quote} cite={cite?.(ex)}>
            <p>{ex.text}</p>
          </blockquote>
          {actions?.(ex, i)}
        </li>
      ))}
    </ol>
  );
}
