'use client';
import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { toggleFullscreen } from './fullscreen-button';

type Props = { prev?: string; next?: string; first: string; last: string; exit: string };

const FORWARD = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown']);
const BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** The keys a presentation clicker sends, plus Home/End, F for fullscreen and Escape to leave. */
export function BriefKeys({ prev, next, first, last, exit }: Props) {
  const router = useRouter();
  useEffect(
    function addBriefKeyHandler() {
      const onKey = (e: KeyboardEvent) => {
        if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
        const target = e.target as HTMLElement | null;
        // Space and Enter on a focused button or link keep their own meaning.
        if (e.key === ' ' && target?.closest('button, a')) return;
        let to: string | undefined;
        if (FORWARD.has(e.key)) to = next;
        else if (BACK.has(e.key)) to = prev;
        else if (e.key === 'Home') to = first;
        else if (e.key === 'End') to = last;
        else if (e.key === 'Escape') {
          if (document.fullscreenElement) return; // the browser leaves fullscreen first
          to = exit;
        } else if (e.key === 'f' || e.key === 'F') {
          e.preventDefault();
          void toggleFullscreen();
          return;
        } else return;
        e.preventDefault();
        if (to) router.push(to);
      };
      window.addEventListener('keydown', onKey);
      return function removeBriefKeyHandler() {
        window.removeEventListener('keydown', onKey);
      };
    },
    [router, prev, next, first, last, exit],
  );
  return null;
}
