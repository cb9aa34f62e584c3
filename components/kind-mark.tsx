import type { PlaceKind } from '@/lib/places-schema';

/** The legend's shapes in plain SVG, for text that names a kind (lists, headings). */
export function KindMark({ kind }: { kind: PlaceKind }) {
  return <span className={`kind-mark kind-mark--${kind}`} aria-hidden="true" />;
}
