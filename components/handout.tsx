import Link from 'next/link';
import type { ArticleView } from '@/lib/collection/article-view';
import type { CountryFeature } from '@/lib/svg-map';
import type { Place } from '@/lib/places-schema';
import { ATTRIBUTION } from '@/lib/map-style';
import { absoluteUrl, homePath, placePath } from '@/lib/urls';
import { renderSvgMap } from '@/lib/svg-map';
import { ExcerptList } from './excerpt-list';
import { PrintButton } from './print-button';
import { PrintedDate } from './printed-date';

type Props = {
  view: ArticleView;
  /** The places in the briefing's order: one page each. */
  steps: readonly Place[];
  countries: CountryFeature[];
  /** Where the handout lives (printed on the cover); the map it links back to. */
  handoutPath: string;
  mapPath?: string;
};

/** A print-ready handout: a cover, then one page per place with a static map drawn on the server. */
export function Handout({ view, steps, countries, handoutPath, mapPath = homePath() }: Props) {
  const { article } = view;
  const places = view.places.features;
  return (
    <main className="handout">
      <div className="handout-toolbar no-print">
        <Link href={mapPath}>← The map</Link>
        <PrintButton />
      </div>
      <section className="handout-page handout-cover">
        <p className="handout-kicker">Ukraine Crisis Map · Handout</p>
        <h1>What the article says, place by place</h1>
        <p className="handout-article">
          “{article.title}”
          <br />
          {article.date.text}
          {article.date.inferred ? ' (date inferred; the page prints none)' : ''}
          {article.dateline ? ` · filed from ${article.dateline}` : ''}
        </p>
        <div
          className="handout-map"
          dangerouslySetInnerHTML={{
            __html: renderSvgMap({ width: 640, height: 420, countries, places }),
          }}
        />
        <ol className="handout-contents">
          {steps.map((p, i) => (
            <li key={p.id}>
              {p.properties.name} — page {i + 2}
            </li>
          ))}
        </ol>
        <p className="handout-meta">
          Map sources: {ATTRIBUTION}.
          <br />
          Printed <PrintedDate /> from {absoluteUrl(handoutPath)}
        </p>
      </section>
      {steps.map((place) => (
        <section
          key={place.id}
          className="handout-page handout-place"
          data-place={place.id}
          aria-labelledby={`h-${place.id}`}
        >
          <h2 id={`h-${place.id}`}>{place.properties.name}</h2>
          <p className="handout-summary">{place.properties.summary}</p>
          <div
            className="handout-map handout-map--place"
            dangerouslySetInnerHTML={{
              __html: renderSvgMap({
                width: 640,
                height: 300,
                countries,
                places,
                focusId: place.id,
                inset: true,
              }),
            }}
          />
          <ExcerptList excerpts={place.properties.excerpts} variant="handout" />
          <p className="handout-url">{absoluteUrl(placePath(place.id))}</p>
        </section>
      ))}
    </main>
  );
}
