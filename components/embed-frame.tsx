import type { ReactNode } from 'react';
import { MapLoader } from '@/components/map/map-loader';

/** The embed's frame: the map and the excerpts, no site chrome (`/embed` and an article's embed). */
export function EmbedFrame({ children }: { children: ReactNode }) {
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
