import { firstViewPath } from '@/lib/urls';

/**
 * The map's first view, drawn at build time (lib/first-view.ts, served as /first-view/<name>.svg):
 * the first paint shows the map, and its places are links, before any script runs. It lies over
 * the live map until Leaflet has drawn the same view; then a CSS rule hides it (`.first-view` in
 * globals.css), which also takes its links out of the accessibility tree.
 */
export function FirstViewMap({ focusId }: { focusId?: string }) {
  return (
    <div className="first-view" data-testid="first-view">
      <iframe src={firstViewPath(focusId)} title="Map of the places" />
    </div>
  );
}
