import type { ReactNode } from 'react';
import { MapLoader } from '@/components/map/map-loader';
import { getBriefing } from '@/lib/places-server';

// Briefing mode: the map fills the screen; each step's text sits on a high-contrast panel.
export default function BriefLayout({ children }: { children: ReactNode }) {
  return (
    <div className="brief">
      <section className="brief-map" aria-label="Map">
        <MapLoader defaultId={getBriefing()[0].id} zoomControl={false} />
      </section>
      {children}
    </div>
  );
}
