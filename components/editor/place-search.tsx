'use client';
import { useEffect, useRef, useState } from 'react';
import { isFailure, searchPlaces } from '@/lib/editor/editor-api';
import type { PlaceResult } from '@/lib/editor/place-result';
import styles from './editor.module.css';

/**
 * A search over the gazetteer and the collection (`/api/editor/places`): type, then Enter
 * chooses the first result, or Tab to a result. Escape closes it.
 */
export function PlaceSearch({
  label,
  initial,
  onChoose,
  onClose,
}: {
  label: string;
  initial: string;
  onChoose: (place: PlaceResult) => void;
  onClose: () => void;
}) {
  const [q, setQ] = useState(initial);
  const [results, setResults] = useState<PlaceResult[]>([]);
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(function focusSearch() {
    input.current?.focus();
    input.current?.select();
  }, []);

  useEffect(
    function searchAsYouType() {
      if (!q.trim()) return;
      let current = true;
      const timer = setTimeout(async () => {
        const found = await searchPlaces(q);
        if (!current) return;
        if (isFailure(found)) return setMessage(found.error);
        setResults(found);
        setMessage(found.length ? '' : `No place named “${q}”.`);
      }, 150);
      return function cancelSearch() {
        current = false;
        clearTimeout(timer);
      };
    },
    [q],
  );

  return (
    <div className={styles.search} role="group" aria-labelledby="search-label">
      <label id="search-label" htmlFor="place-q">
        {label}
      </label>
      <input
        id="place-q"
        ref={input}
        value={q}
        autoComplete="off"
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
          if (e.key === 'Enter' && results[0]) {
            e.preventDefault();
            onChoose(results[0]);
          }
        }}
      />
      <p aria-live="polite" className={styles.hint}>
        {message}
      </p>
      <ul>
        {results.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => onChoose(p)}>
              {p.name}{' '}
              <span>
                {p.kind}
                {p.existing ? ', in the collection' : ', new'} · {p.lat.toFixed(2)},{' '}
                {p.lon.toFixed(2)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className={styles.small} onClick={onClose}>
        Cancel <kbd>Esc</kbd>
      </button>
    </div>
  );
}
