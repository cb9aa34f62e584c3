'use client';
import { usePathname } from 'next/navigation';
import { mapRoute, type MapView } from '@/lib/urls';

export type MapBase = MapView;

/**
 * The selection lives in the URL (parsed in lib/urls.ts): a place in the places view, the briefing
 * or the embed, and the article whose own views these are, if any. The base says where a click on a mark should go, so each view keeps its own.
 */
export function useMapRoute(): { base: MapBase; id?: string; article?: string } {
  const { view, id, article } = mapRoute(usePathname() ?? '/');
  return { base: view, id, article };
}
