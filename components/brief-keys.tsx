'use client';
import { useEffect, useRef } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { arrived, clickerAction, requested, startOf, stepAfter, type Pending } from '@/lib/clicker';
import { briefPath, keepRange, parseRoute, placePath } from '@/lib/urls';
import { toggleFullscreen } from './fullscreen-button';

/** The step the URL shows: /brief is the first; -1 for an id that is not a step. */
function shownStep(path: string, steps: readonly string[]): number {
  const route = parseRoute(path);
  if (route.view !== 'brief') return -1;
  return route.id === undefined ? 0 : steps.indexOf(route.id);
}

/**
 * The keys a presentation clicker sends, plus Home/End, F for fullscreen and Escape to leave.
 * It lives in the briefing's layout, not in a step, so one listener and its pending requests
 * outlast the step pages that come and go under it. `article`: the slug of an article's own
 * briefing (`/articles/<slug>/brief`); without it, the seed's (`/brief`).
 */
export function BriefKeys({ steps, article }: { steps: readonly string[]; article?: string }) {
  const router = useRouter();
  const shown = shownStep(usePathname() ?? '', steps);
  const pending = useRef<Pending>([]);

  useEffect(
    function settlePendingSteps() {
      pending.current = arrived(pending.current, shown);
    },
    [shown],
  );

  useEffect(
    function addBriefKeyHandler() {
      // Back and Forward go where the browser says; nothing asked for before counts any more.
      const onPopState = () => {
        pending.current = [];
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || shown < 0) return;
        const target = e.target as HTMLElement | null;
        // Space and Enter on a focused button or link keep their own meaning.
        if (e.key === ' ' && target?.closest('button, a')) return;
        const action = clickerAction(e.key);
        if (!action) return;
        if (action === 'exit' && document.fullscreenElement) return; // the browser leaves fullscreen first
        e.preventDefault();
        const from = startOf(pending.current, shown);
        if (action === 'fullscreen') void toggleFullscreen();
        else if (action === 'exit') router.push(keepRange(placePath(steps[from])));
        else {
          const to = stepAfter(action, from, steps.length);
          if (to === from) return;
          pending.current = requested(pending.current, shown, to);
          router.push(keepRange(briefPath(steps[to], article)));
        }
      };
      window.addEventListener('keydown', onKey);
      window.addEventListener('popstate', onPopState);
      return function removeBriefKeyHandler() {
        window.removeEventListener('keydown', onKey);
        window.removeEventListener('popstate', onPopState);
      };
    },
    [router, steps, shown, article],
  );
  return null;
}
