import type { Metadata } from 'next';
import Link from 'next/link';
import { ExcerptList } from '@/components/excerpt-list';
import { PrintButton } from '@/components/print-button';
import { PrintedDate } from '@/components/printed-date';
import { getArticle, getBriefing, getCountries, getPlaces } from '@/lib/data-server';
import { ATTRIBUTION } from '@/lib/map-style';
import { absoluteUrl, handoutPath, homePath, placePath } from '@/lib/urls';
import { renderSvgMap } from '@/lib/svg-map';

export const metadata: Metadata = {
  title: 'Handout',
  description: 'A printable handout: one page per place, with a map and every excerpt.',
};

/** A print-ready handout: a cover, then one page per place with a static map drawn on the server. */
export default async function HandoutPage() {
  const article = await getArticle();
  const places = (await getPlaces()).features;
  const steps = await getBriefing();
  const countries = getCountries();
  return (
    <main className="handout">
      <div className="handout-toolbar no-print">
        <Link href={homePath()}>← The map</Link>
        <PrintButton />
      </div>
      <section className="handout-page handout-cover">
        <p className="handout-kicker">Ukraine Crisis Map · Handout</p>
        <h1>What the article says, place by place</h1>
        <p className="handout-article">
          “{article.title}”
          <br />
          {article.date.text} (date inferred; the page prints none) · filed from {article.dateline}
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
          Printed <PrintedDate /> from {absoluteUrl(handoutPath())}
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
