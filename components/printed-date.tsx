'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const pad = (n: number) => String(n).padStart(2, '0');
/** Today in the reader's time zone, as YYYY-MM-DD (a string, so React sees a stable snapshot). */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The date the reader prints the page (the page itself is built once, so this is filled in by the browser). */
export function PrintedDate() {
  const iso = useSyncExternalStore(subscribe, today, () => '');
  // The built HTML knows no date: words, not a <time>, which needs a machine-readable value.
  if (!iso) return <span>on the day of printing</span>;
  const [y, m, d] = iso.split('-').map(Number);
  const text = new Date(y, m - 1, d).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return <time dateTime={iso}>{text}</time>;
}
