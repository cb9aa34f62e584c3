'use client';
import dynamic from 'next/dynamic';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';

// The timeline's own code and data load only when it is shown: opened, or a range in the URL.
// (Its own "Loading the timeline…" shows while its data loads; while its code loads, nothing.)
const Timeline = dynamic(() => import('./timeline').then((m) => m.Timeline), { ssr: false });

/**
 * Under the map: the "Timeline" button, or the timeline. A range in the URL
 * (`?from=2021-12&to=2022-01`, read by the timeline: lib/urls.ts rangeOf) opens it; hidden
 * again, a range still filters the map and the lists and says so in one line. The button needs
 * JavaScript, so the server renders nothing here.
 */
export function TimelineDock() {
  const q = useSearchParams();
  const ranged = q.has('from') || q.has('to');
  const [open, setOpen] = useState<boolean>();
  const shown = open ?? ranged;
  return (
    <div className="timeline-dock">
      {shown || ranged ? (
        <Timeline collapsed={!shown} setOpen={setOpen} />
      ) : (
        <button
          type="button"
          className="timeline-toggle"
          aria-expanded="false"
          onClick={() => setOpen(true)}
        >
          Timeline
        </button>
      )}
    </div>
  );
}
