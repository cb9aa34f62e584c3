'use client';
import { useEffect, useRef, useState } from 'react';
import type { Suggestion } from '@/lib/editor/review';
import { describeDate, type DateValue } from '@/lib/editor/review-dates';
import { DateForm } from './date-form';
import styles from './editor.module.css';

export type DateActions = {
  onRemoveDate: (key: string, i: number) => void;
  onCorrectDate: (key: string, i: number, value: DateValue) => void;
  onRestoreDates: (key: string) => void;
};

/**
 * The dates a suggestion's sentence states, as the drafter read them: the words and the value
 * in words, each with Correct and Remove. Published with the mention when it is accepted.
 */
export function MentionDates({ s, actions }: { s: Suggestion; actions: DateActions }) {
  const [editing, setEditing] = useState<number>();
  const [said, setSaid] = useState('');
  // An object, so that asking for the same element again still moves the focus there.
  const [focusAt, setFocusAt] = useState<{ selector: string }>();
  const root = useRef<HTMLDivElement>(null);

  useEffect(
    function returnFocus() {
      if (focusAt) root.current?.querySelector<HTMLElement>(focusAt.selector)?.focus();
    },
    [focusAt, s.dates],
  );

  if (!s.dates) return null;
  const dates = s.dates;
  const changed = dates !== s.proposedDates;
  function remove(i: number) {
    actions.onRemoveDate(s.key, i);
    setEditing(undefined);
    setSaid(`Removed “${dates[i].text}”.`);
    // The next date's Correct, else the one before, else Restore.
    const next = dates.length > 1 ? Math.min(i, dates.length - 2) : undefined;
    setFocusAt({ selector: next === undefined ? '[data-restore]' : `[data-correct="${next}"]` });
  }
  function close(i: number) {
    setEditing(undefined);
    setFocusAt({ selector: `[data-correct="${i}"]` });
  }

  return (
    <div className={styles.dates} ref={root}>
      <span id={`dates-${s.key}`} className={styles.datesLabel}>
        Dates: {dates.length ? '' : changed ? 'none kept' : 'none stated'}
      </span>
      {dates.length > 0 && (
        <ul aria-labelledby={`dates-${s.key}`}>
          {dates.map((d, i) => (
            <li key={`${d.start}-${d.end}`}>
              <q className={styles.dateWords}>{d.text}</q> <span aria-hidden="true">→</span>
              <span className="visually-hidden"> means</span> {describeDate(d)}{' '}
              <span className={styles.dateButtons}>
                <button
                  type="button"
                  className={styles.small}
                  data-correct={i}
                  aria-expanded={editing === i}
                  onClick={() => setEditing(editing === i ? undefined : i)}
                >
                  Correct<span className="visually-hidden"> “{d.text}”</span>
                </button>
                <button type="button" className={styles.small} onClick={() => remove(i)}>
                  Remove<span className="visually-hidden"> “{d.text}”</span>
                </button>
              </span>
              {d.note && <span className={styles.dateNote}>{d.note}</span>}
              {editing === i && (
                <DateForm
                  date={d}
                  onSave={(value) => {
                    actions.onCorrectDate(s.key, i, value);
                    setSaid(`“${d.text}” is now ${describeDate(value)}.`);
                    close(i);
                  }}
                  onCancel={() => close(i)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {changed && (
        <button
          type="button"
          className={styles.small}
          data-restore
          onClick={() => {
            actions.onRestoreDates(s.key);
            setEditing(undefined);
            setSaid('The proposed dates are back.');
            setFocusAt({ selector: '[data-correct="0"]' });
          }}
        >
          Restore the proposed dates
        </button>
      )}
      <span className="visually-hidden" role="status">
        {said}
      </span>
    </div>
  );
}
