import Link from 'next/link';
import type { Failure } from '@/lib/editor/editor-api';
import { articleMapPath } from '@/lib/urls';
import styles from './editor.module.css';

/** The server's message as it is, its list of problems, and the existing article of a duplicate. */
export function ErrorBox({ failure }: { failure?: Failure | string[] }) {
  if (!failure) return null;
  const { error, problems, existing } = Array.isArray(failure)
    ? { error: 'Fix these before publishing:', problems: failure, existing: undefined }
    : failure;
  return (
    <div className={styles.error} role="alert">
      <p>{error}</p>
      {problems && problems.length > 0 && (
        <ul>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {existing && (
        <p>
          It is already in the collection:{' '}
          <Link href={articleMapPath(existing.slug)}>open “{existing.slug}”</Link>.
        </p>
      )}
    </div>
  );
}
