import type { Article } from '@/lib/article';
import { ATTRIBUTION } from '@/lib/map-style';

export function SourceFooter({ article }: { article: Article }) {
  return (
    <footer className="source-footer">
      <p>
        Source: “{article.title}”, {article.date.text}
        {article.date.inferred ? (
          <span className="inferred"> (date inferred; the page prints none)</span>
        ) : null}
        .{article.dateline ? ` Filed from ${article.dateline}.` : ''}
      </p>
      <p>Map: {ATTRIBUTION}.</p>
    </footer>
  );
}
