'use client';
import { useEffect } from 'react';

export type ReviewKeys = {
  next: () => void;
  previous: () => void;
  accept: () => void;
  reject: () => void;
  change: () => void;
  everywhere: () => void;
};

/** j/↓ next, k/↑ previous, a accept, r reject, c change, e everywhere; never while typing. */
export function useReviewKeys(keys: ReviewKeys, enabled: boolean) {
  useEffect(
    function addReviewKeys() {
      if (!enabled) return;
      function onKey(event: KeyboardEvent) {
        const t = event.target as HTMLElement | null;
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        if (t?.closest('input, textarea, select, [contenteditable="true"]')) return;
        const action = {
          j: keys.next,
          ArrowDown: keys.next,
          k: keys.previous,
          ArrowUp: keys.previous,
          a: keys.accept,
          r: keys.reject,
          c: keys.change,
          e: keys.everywhere,
        }[event.key];
        if (!action) return;
        event.preventDefault();
        action();
      }
      document.addEventListener('keydown', onKey);
      return function removeReviewKeys() {
        document.removeEventListener('keydown', onKey);
      };
    },
    [keys, enabled],
  );
}
