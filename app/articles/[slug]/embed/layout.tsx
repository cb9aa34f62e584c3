import type { ReactNode } from 'react';
import { MapLoader } from '@/components/map/map-loader';
import { articleParams } from '@/lib/article-params';

export const dynamicParams = false;
export const generateStaticParams = articleParams;

// One article's embed: the same frameable map and excerpts as /embed, with that article's places.
export default function ArticleEmbedLayout({ children }: { children: ReactNode }) {
  return (
    <main className="embed">
      <section className="embed-map" aria-label="Map">
        <MapLoader />
      </section>
      <aside className="embed-panel" aria-label="Excerpts">
        {children}
      </aside>
    </main>
  );
}
