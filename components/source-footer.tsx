import type { Article } from '@/lib/article';

export function SourceFooter({ article }: { article: Article }) {
  return (
    <footer className="source-footer">
      <p>
        Source: “{article.title}”, {article.date.text}
        {article.date.inferred ? (
          <span className="inferred"> (date inferred; the page prints none)</span>
        ) : null}
        . Filed from {article.dateline}.
      </p>
      <p>Map: Made with Natural Earth. Place locations: GeoNames, CC BY 4.0.</p>
    </footer>
  );
}
