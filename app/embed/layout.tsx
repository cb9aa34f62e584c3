import type { ReactNode } from 'react';
import { MapLoader } from '@/components/map/map-loader';

// For other sites' iframes: the map and the excerpts, no site chrome; the only pages that may be framed.
export default function EmbedLayout({ children }: { children: ReactNode }) {
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
