'use client';
import { useEffect } from 'react';

/**
 * Highlights the paragraph named in the URL fragment (see `articlePath`) and brings it into view.
 * CSS :target does the same without JavaScript; this also covers client-side navigations,
 * which do not update :target.
 */
export function HashHighlight() {
  useEffect(function addHashHandler() {
    const apply = () => {
      document
        .querySelectorAll('.is-highlighted')
        .forEach((el) => el.classList.remove('is-highlighted'));
      const id = decodeURIComponent(window.location.hash.slice(1));
      const el = id ? document.getElementById(id) : null;
      if (!el) return;
      el.classList.add('is-highlighted');
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    };
    apply();
    window.addEventListener('hashchange', apply);
    return function removeHashHandler() {
      window.removeEventListener('hashchange', apply);
    };
  }, []);
  return null;
}
