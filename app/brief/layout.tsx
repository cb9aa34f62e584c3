import '@/app/styles/brief.css';
import { Suspense, type ReactNode } from 'react';
import { BriefKeys } from '@/components/brief-keys';
import { MapLoader } from '@/components/map/map-loader';
import { TimelineDock } from '@/components/timeline/timeline-dock';
import { getBriefing } from '@/lib/data-server';

// Briefing mode: the map fills the screen; each step's text sits on a high-contrast panel.
export default async function BriefLayout({ children }: { children: ReactNode }) {
  const steps = await getBriefing();
  return (
    <div className="brief">
      <BriefKeys steps={steps.map((p) => p.id)} />
      <section className="brief-map" aria-label="Map">
        <MapLoader defaultId={steps[0].id} zoomControl={false} />
        <Suspense fallback={null}>
          <TimelineDock />
        </Suspense>
      </section>
      {children}
    </div>
  );
}
