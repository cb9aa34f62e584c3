import Link from 'next/link';
import { dateLabel, publisherLabel } from '@/lib/article-meta';
import { citationText } from '@/lib/citation';
import { formatArticleDate } from '@/lib/collection/model';
import type { ExcerptGroup } from '@/lib/group-excerpts';
import { spanOf, statedDateLabel, whenAttribute } from '@/lib/timeline';
import { absoluteUrl, readerPath } from '@/lib/urls';
import { CopyButton } from './copy-button';
import { ExcerptList } from './excerpt-list';

/**
 * A place's excerpts under a small header per article (title, publisher, date), newest article
 * first; each quote keeps its ¶ number, "In context" and "Copy citation".
 */
export function PlaceExcerpts({ groups, placeUrl }: { groups: ExcerptGroup[]; placeUrl: string }) {
  return groups.map(({ article, excerpts }, g) => {
    const markId = (i: number) => (g ? `q${g}-${i}` : `q${i}`);
    const source = { title: article.title, date: { text: formatArticleDate(article.date) } };
    return (
      <section
        key={`${article.slug}:${g}`}
        className="excerpt-group"
        aria-labelledby={`group-${g}`}
        data-article={article.slug}
      >
        <h3 id={`group-${g}`} className="excerpt-group-title">
          <Link href={readerPath(article.slug)} prefetch={false}>
            {article.title}
          </Link>
        </h3>
        <p className="excerpt-group-meta">
          {publisherLabel(article.publisher)} · {dateLabel(article.date)}
        </p>
        <ExcerptList
          excerpts={excerpts}
          variant="panel"
          markId={markId}
          cite={(ex) => absoluteUrl(readerPath(article.slug, ex.paragraph))}
          when={(i) => whenAttribute((excerpts[i].dates ?? []).map((d) => spanOf(d, article.date)))}
          actions={(ex, i) => (
            <div className="excerpt-actions">
              <p className="excerpt-when">
                {excerpts[i].dates?.length
                  ? excerpts[i].dates!.map((d, j) => (
                      <span key={j}>
                        {j ? '; ' : 'When: '}“{d.text}” ({statedDateLabel(d)})
                      </span>
                    ))
                  : excerpts[i].dates
                    ? 'Undated: the sentence states no date.'
                    : 'Undated: its dates are not reviewed yet.'}
              </p>
              <Link
                href={readerPath(article.slug, ex.paragraph)}
                className="in-context"
                prefetch={false}
                aria-label={`Paragraph ${ex.paragraph} in context`}
              >
                In context
              </Link>
              <CopyButton
                text={citationText(source, ex, placeUrl)}
                label="Copy citation"
                done="Citation copied"
                describedBy={markId(i)}
              />
            </div>
          )}
        />
      </section>
    );
  });
}
