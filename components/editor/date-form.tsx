'use client';
import { useEffect, useId, useRef, useState } from 'react';
import type { DatePrecision, StatedDate } from '@/lib/dates/types';
import {
  impliedPrecision,
  readDateInput,
  type DateField,
  type DateProblem,
  type DateValue,
} from '@/lib/editor/review-dates';
import styles from './editor.module.css';

const PRECISIONS: [DatePrecision, string][] = [
  ['day', 'one day'],
  ['month', 'one month'],
  ['year', 'one year'],
  ['range', 'a range'],
];

/**
 * Corrects one date's value: From, To and the precision. A value the collection would refuse is
 * never saved: the form says what is wrong and stays open. Enter saves, Escape cancels.
 */
export function DateForm({
  date,
  onSave,
  onCancel,
}: {
  date: StatedDate;
  onSave: (value: DateValue) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [from, setFrom] = useState(date.value.from ?? '');
  const [to, setTo] = useState(date.value.to ?? '');
  const [precision, setPrecision] = useState(date.precision);
  const [problem, setProblem] = useState<DateProblem>();
  const first = useRef<HTMLInputElement>(null);

  useEffect(function focusFrom() {
    first.current?.focus();
  }, []);

  function ends(f: string, t: string) {
    setFrom(f);
    setTo(t);
    setProblem(undefined);
    // Typing the same day in both ends means one day: the precision follows what is typed.
    const implied = impliedPrecision(f, t);
    if (implied) setPrecision(implied);
  }
  function save(event: React.FormEvent) {
    event.preventDefault();
    const read = readDateInput({ from, to, precision });
    if ('error' in read) setProblem(read);
    else onSave(read);
  }

  const described = `${id}-hint${problem ? ` ${id}-error` : ''}`;
  const invalid = (name: DateField) => (problem?.fields.includes(name) ? true : undefined);
  const field = (name: 'from' | 'to', label: string, value: string) => (
    <label htmlFor={`${id}-${name}`}>
      {label}
      <input
        id={`${id}-${name}`}
        ref={name === 'from' ? first : undefined}
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid(name)}
        aria-describedby={described}
        onChange={(e) => (name === 'from' ? ends(e.target.value, to) : ends(from, e.target.value))}
      />
    </label>
  );
  return (
    <form
      className={styles.dateForm}
      aria-label={`Correct “${date.text}”`}
      noValidate
      onSubmit={save}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <div className={styles.dateFields}>
        {field('from', 'From', from)}
        {field('to', 'To', to)}
        <label htmlFor={`${id}-precision`}>
          Precision
          <select
            id={`${id}-precision`}
            value={precision}
            aria-invalid={invalid('precision')}
            aria-describedby={described}
            onChange={(e) => {
              setPrecision(e.target.value as DatePrecision);
              setProblem(undefined);
            }}
          >
            {PRECISIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={`${id}-hint`} className={styles.hint}>
        YYYY, YYYY-MM or YYYY-MM-DD; leave one end empty for an open range.
      </p>
      {problem && (
        <p id={`${id}-error`} className={styles.fieldError} role="alert">
          {problem.error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit">Save</button>
        <button type="button" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
