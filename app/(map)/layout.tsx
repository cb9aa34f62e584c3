import { Suspense, type ReactNode } from 'react';
import { Legend } from '@/components/map/legend';
import { MapLoader } from '@/components/map/map-loader';
import { PanelSheet } from '@/components/panel-sheet';
import { SiteHeader } from '@/components/site-header';
import { TimelineDock } from '@/components/timeline/timeline-dock';
import { DEMO_ARTICLE, getArticle, SYNTHETIC } from '@/lib/data-server';

// The map lives in the layout so it stays mounted while the URL (and so the selection) changes.
// `firstView` (the @firstView slot) is the map's first view drawn on the server for this URL.
export default async function MapLayout({
  children,
  firstView,
}: {
  children: ReactNode;
  firstView: ReactNode;
}) {
  const article = await getArticle();
  return (
    <div className="app">
      <SiteHeader title={article.title} slug={DEMO_ARTICLE} synthetic={SYNTHETIC} />
      <main className="workspace">
        <section className="map-area" aria-label="Map">
          <MapLoader />
          {firstView}
          <Legend />
          {/* It reads the range from the URL: rendered in the browser only. */}
          <Suspense fallback={null}>
            <TimelineDock />
          </Suspense>
        </section>
        <PanelSheet label="Places and excerpts">{children}</PanelSheet>
      </main>
    </div>
  );
}
