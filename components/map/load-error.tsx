'use client';

type Props = {
  label: string;
  error: unknown;
  retry: () => void;
  hasData: boolean;
  /** What the map still shows when it has data: by default, the copy that came with the page. */
  kept?: string;
};

const KEPT = 'The map shows the copy that came with this page.';

/** A visible, retryable error in place of a silent blank map. */
export function LoadError({ label, error, retry, hasData, kept = KEPT }: Props) {
  if (!error) return null;
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className={`load-error${hasData ? ' load-error--stale' : ''}`} role="alert">
      <p>
        <strong>
          {hasData ? `Could not refresh the ${label}.` : `Could not load the ${label}.`}
        </strong>{' '}
        {hasData ? kept : 'The map cannot show them until they load.'}{' '}
        <span className="load-error-detail">({detail})</span>
      </p>
      <button type="button" onClick={retry}>
        Retry
      </button>
    </div>
  );
}
