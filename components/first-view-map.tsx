'use client';
import { useState } from 'react';
import { isMapDrawn } from '@/lib/map-drawn';
import { firstViewPath } from '@/lib/urls';

/**
 * The map's first view, drawn at build time (lib/first-view.ts, served as /first-view/<name>.svg):
 * the first paint shows the map, and its places are links, before any script runs. It lies over
 * the live map until Leaflet has drawn the same view; then a CSS rule hides it (`.first-view` in
 * globals.css), which also takes its links out of the accessibility tree.
 *
 * A first view that comes in after the live map has drawn (each click on a mark changes the URL,
 * and with it this slot) is not framed at all: it would be fetched and laid out in a hidden frame,
 * on the click's time. The one on screen stays, hidden: taking its document down cost a task too.
 */
export function FirstViewMap({ focusId }: { focusId?: string }) {
  // Asked once, as it mounts: the server and hydration both see `false`.
  const [mapDrawn] = useState(isMapDrawn);
  if (mapDrawn) return null;
  return (
    <div className="first-view" data-testid="first-view">
      <iframe src={firstViewPath(focusId)} title="Map of the places" />
    </div>
  );
}
