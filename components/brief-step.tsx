import Link from 'next/link';
import type { Article } from '@/lib/article';
import type { Place } from '@/lib/places-schema';
import { briefPath, placePath } from '@/lib/urls';
import { ExcerptList } from './excerpt-list';
import { FullscreenButton } from './fullscreen-button';
import { KindMark } from './kind-mark';

type Props = {
  steps: readonly Place[];
  index: number;
  article: Article;
  /** The slug of an article's own briefing; without it, the seed's at /brief. */
  slug?: string;
};

/**
 * One step of the briefing: where we are, the place, and what the article says, large. Its keys
 * are handled in the layout (brief-keys.tsx), which outlasts the steps.
 */
export function BriefStep({ steps, index, article, slug }: Props) {
  const place = steps[index];
  const prev = steps[index - 1];
  const next = steps[index + 1];
  const { name, kind, excerpts } = place.properties;
  // A step with much text gets the smallest projector size (still 28 px at 1920 wide), so it fits.
  const long = excerpts.reduce((n, ex) => n + ex.text.length, 0) > 480;
  return (
    <aside
      className={`brief-panel${long ? ' brief-panel--long' : ''}`}
      aria-labelledby="brief-heading"
      data-place={place.id}
    >
      <div className="brief-bar">
        <p className="brief-progress">
          <span className="visually-hidden">Step </span>
          {index + 1} / {steps.length}
        </p>
        <div className="brief-tools">
          <FullscreenButton />
          <Link href={placePath(place.id)} className="brief-exit" prefetch={false}>
            Exit <kbd>Esc</kbd>
          </Link>
        </div>
      </div>
      <h1 id="brief-heading" className="brief-title">
        <KindMark kind={kind} /> {name}
      </h1>
      <ExcerptList excerpts={excerpts} variant="brief" />
      <nav className="brief-nav" aria-label="Briefing steps">
        {prev ? (
          <Link href={briefPath(prev.id, slug)} className="brief-step-link" rel="prev">
            ← {prev.properties.name}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={briefPath(next.id, slug)} className="brief-step-link" rel="next">
            {next.properties.name} →
          </Link>
        ) : (
          <span className="brief-end">End of briefing</span>
        )}
      </nav>
      <p className="brief-source">
        “{article.title}”, {article.date.text}
      </p>
    </aside>
  );
}
