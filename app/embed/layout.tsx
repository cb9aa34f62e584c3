import type { ReactNode } from 'react';
import { MapLoader } from '@/components/map/map-loader';
import { PlacesProvider } from '@/components/places-provider';

// For other sites' iframes: the map and the excerpts, no site chrome; the only pages that may be framed.
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <PlacesProvider>
      <main className="embed">
        <section className="embed-map" aria-label="Map">
          <MapLoader />
        </section>
        <aside className="embed-panel" aria-label="Excerpts">
          {children}
        </aside>
      </main>
    </PlacesProvider>
  );
}
