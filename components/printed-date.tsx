'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const today = () =>
  new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** The date the reader prints the page (the page itself is built once, so this is filled in by the browser). */
export function PrintedDate() {
  const date = useSyncExternalStore(subscribe, today, () => '');
  return (
    <time dateTime={date ? new Date().toISOString().slice(0, 10) : undefined}>
      {date || 'on the day of printing'}
    </time>
  );
}
