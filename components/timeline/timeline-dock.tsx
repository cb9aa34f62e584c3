'use client';
import dynamic from 'next/dynamic';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { rangeOf } from '@/lib/urls';

// The timeline's own code and data load only when it is shown: opened, or a range in the URL.
const Timeline = dynamic(() => import('./timeline').then((m) => m.Timeline), {
  ssr: false,
  loading: () => (
    <p className="timeline-status" role="status">
      Loading the timeline…
    </p>
  ),
});

/**
 * Under the map: the "Timeline" button, or the timeline. A range in the URL
 * (`?from=2021-12&to=2022-01`) opens it; hidden again, a range still filters the map and the
 * lists and says so in one line.
 */
export function TimelineDock() {
  const ranged = rangeOf(useSearchParams()) !== undefined;
  const [open, setOpen] = useState<boolean | undefined>(undefined);
  const shown = open ?? ranged;
  return (
    <div className="timeline-dock" data-open={shown ? '' : undefined}>
      {shown || ranged ? (
        <Timeline collapsed={!shown} setOpen={setOpen} />
      ) : (
        <TimelineButton onClick={() => setOpen(true)} />
      )}
    </div>
  );
}

export function TimelineButton({ onClick }: { onClick?: () => void }) {
  return (
    <button type="button" className="timeline-toggle" aria-expanded="false" onClick={onClick}>
      Timeline
    </button>
  );
}
