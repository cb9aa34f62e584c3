'use client';
import { useEffect, useRef, useState } from 'react';

/** Writes text to the clipboard, falling back to a hidden textarea where the Clipboard API is absent (plain http). */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

type Props = {
  text: string;
  label: string;
  done: string;
  className?: string;
  describedBy?: string;
};

/** A button that copies, then says so on screen and to screen readers (a polite live region). */
export function CopyButton({ text, label, done, className, describedBy }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () =>
      function clearTimer() {
        clearTimeout(timer.current);
      },
    [],
  );
  const onClick = async () => {
    try {
      await copyText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus('idle'), 4000);
  };
  return (
    <span className={`copy ${className ?? ''}`}>
      <button
        type="button"
        className="copy-button"
        onClick={onClick}
        aria-describedby={describedBy}
      >
        {label}
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {status === 'copied'
          ? `✓ ${done}`
          : status === 'failed'
            ? 'Could not copy: select the text and copy it by hand.'
            : ''}
      </span>
    </span>
  );
}
