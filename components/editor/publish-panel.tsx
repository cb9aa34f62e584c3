'use client';
import Link from 'next/link';
import { useState } from 'react';
import { isFailure, publish, type Failure, type Published } from '@/lib/editor/editor-api';
import type { ReviewState } from '@/lib/editor/review';
import { toPublishBody, type ArticleMeta } from '@/lib/editor/to-article';
import { ErrorBox } from './error-box';
import styles from './editor.module.css';

const FIELDS: [keyof ArticleMeta, string][] = [
  ['title', 'Title'],
  ['publisher', 'Publisher'],
  ['date', 'Date (YYYY-MM-DD, YYYY-MM or YYYY)'],
  ['url', 'Address of the original'],
  ['language', 'Language'],
];

/** Step 3: the article's details, then Publish: one write, all or nothing, links on success. */
export function PublishPanel({
  review,
  meta: initial,
}: {
  review: ReviewState;
  meta: ArticleMeta;
}) {
  const [meta, setMeta] = useState(initial);
  const [failure, setFailure] = useState<Failure | string[]>();
  const [done, setDone] = useState<Published>();
  const [busy, setBusy] = useState(false);

  async function send() {
    const built = toPublishBody(review, meta);
    if (built.problems) return setFailure(built.problems);
    setBusy(true);
    setFailure(undefined);
    const answer = await publish(built.body);
    setBusy(false);
    if (isFailure(answer)) setFailure(answer);
    else setDone(answer);
  }

  return (
    <section className={styles.publish} aria-labelledby="publish-heading">
      <h2 id="publish-heading">3. Publish</h2>
      {FIELDS.map(([name, label]) => (
        <div key={name} className={styles.field}>
          <label htmlFor={`p-${name}`}>{label}</label>
          <input
            id={`p-${name}`}
            value={meta[name]}
            onChange={(e) => setMeta({ ...meta, [name]: e.target.value })}
          />
        </div>
      ))}
      <ErrorBox failure={failure} />
      {done ? (
        <div role="status" className={styles.done}>
          <p>Published as “{done.slug}”.</p>
          <p>
            <Link href={done.urls.reader}>Read it</Link> · <Link href={done.urls.map}>its map</Link>
          </p>
        </div>
      ) : (
        <button type="button" className={styles.primary} disabled={busy} onClick={send}>
          {busy ? 'Publishing…' : 'Publish'}
        </button>
      )}
    </section>
  );
}
