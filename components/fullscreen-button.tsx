'use client';
import { useEffect, useState } from 'react';

export async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    // Refused (no user gesture, or not allowed in this frame): the button's state stays as it is.
  }
}

/** Fullscreen on and off (also the F key); the pressed state follows the browser's own. */
export function FullscreenButton() {
  const [on, setOn] = useState(false);
  useEffect(function followFullscreen() {
    const sync = () => setOn(!!document.fullscreenElement);
    sync();
    document.addEventListener('fullscreenchange', sync);
    return function stopFollowingFullscreen() {
      document.removeEventListener('fullscreenchange', sync);
    };
  }, []);
  return (
    <button
      type="button"
      className="brief-fullscreen"
      aria-pressed={on}
      onClick={() => void toggleFullscreen()}
    >
      {on ? 'Exit fullscreen' : 'Fullscreen'} <kbd>F</kbd>
    </button>
  );
}
