'use client';
import { usePathname } from 'next/navigation';

export type MapBase = '/places' | '/brief' | '/embed';

/**
 * The selection lives in the URL: /places/<id>, /brief/<id> or /embed/<id>. The base says where a
 * click on a mark should go, so the briefing and the embed keep their own views.
 */
export function useMapRoute(): { base: MapBase; id?: string } {
  const path = usePathname() ?? '/';
  const match = /^\/(brief|embed|places)(?:\/([^/]+))?\/?$/.exec(path);
  if (!match) return { base: '/places' };
  const base = `/${match[1]}` as MapBase;
  return { base, id: match[2] ? decodeURIComponent(match[2]) : undefined };
}
