'use client';
import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { homePath, keepRange } from '@/lib/urls';

/** Focus moves to the place's heading when it is selected; Escape closes the panel. */
export function PanelKeys({ headingId, placeId }: { headingId: string; placeId: string }) {
  const router = useRouter();
  useEffect(
    function focusHeading() {
      document.getElementById(headingId)?.focus({ preventScroll: false });
    },
    [headingId, placeId],
  );
  useEffect(
    function addEscapeHandler() {
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape' && !e.defaultPrevented) router.push(keepRange(homePath()));
      };
      window.addEventListener('keydown', onKey);
      return function removeEscapeHandler() {
        window.removeEventListener('keydown', onKey);
      };
    },
    [router],
  );
  return null;
}
