'use client';
import { acceptedPlaces, type ReviewState } from '@/lib/editor/review';
import styles from './editor.module.css';

/** The analyst's sentence for every accepted place: required, nothing is published without it. */
export function Summaries({
  review,
  onSummary,
}: {
  review: ReviewState;
  onSummary: (id: string, summary: string) => void;
}) {
  const places = acceptedPlaces(review);
  return (
    <section className={styles.summaries} aria-labelledby="summaries-heading">
      <h2 id="summaries-heading">What the article says of each place</h2>
      {!places.length && <p className={styles.hint}>Accept a place to write its summary.</p>}
      {places.map((p) => (
        <div key={p.id} className={styles.summary}>
          <label htmlFor={`summary-${p.id}`}>
            {p.name} <span>({p.existing ? 'in the collection' : 'new place'})</span>: one sentence,
            required
          </label>
          <textarea
            id={`summary-${p.id}`}
            rows={2}
            required
            maxLength={300}
            value={review.summaries[p.id] ?? ''}
            onChange={(e) => onSummary(p.id, e.target.value)}
          />
        </div>
      ))}
    </section>
  );
}
