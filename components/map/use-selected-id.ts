'use client';
import { usePathname } from 'next/navigation';

/** The selection lives in the URL: /places/<id>. */
export function useSelectedId(): string | undefined {
  const match = /^\/places\/([^/]+)\/?$/.exec(usePathname() ?? '');
  return match ? decodeURIComponent(match[1]) : undefined;
}
