'use client';
import { unpublishable, type ReviewState, type Suggestion } from '@/lib/editor/review';
import { MentionDates, type DateActions } from './mention-dates';
import styles from './editor.module.css';

const DECISION = { pending: 'to review', accepted: 'accepted', rejected: 'rejected' } as const;

/**
 * The suggestions in text order, one in focus, each with Accept, Reject, Change and Everywhere,
 * and the dates its sentence states.
 */
export function SuggestionList({
  review,
  focusedKey,
  onFocus,
  onAccept,
  onReject,
  onChange,
  onEverywhere,
  dateActions,
}: {
  review: ReviewState;
  focusedKey?: string;
  onFocus: (key: string) => void;
  onAccept: (key: string) => void;
  onReject: (key: string) => void;
  onChange: (key: string) => void;
  onEverywhere: (key: string) => void;
  dateActions: DateActions;
}) {
  const numbers = paragraphNumbers(review);
  const left = review.suggestions.filter((s) => s.decision === 'pending').length;
  return (
    <section className={styles.list} aria-labelledby="list-heading">
      <h2 id="list-heading">
        Suggestions <span className={styles.count}>({left} to review)</span>
      </h2>
      {!review.suggestions.length && <p>No suggestions. Select words in the text to add one.</p>}
      <ol>
        {review.suggestions.map((s) => (
          <Entry
            key={s.key}
            s={s}
            paragraph={numbers[s.index]}
            focused={s.key === focusedKey}
            actions={{ onFocus, onAccept, onReject, onChange, onEverywhere }}
            dateActions={dateActions}
          />
        ))}
      </ol>
    </section>
  );
}

function paragraphNumbers(review: ReviewState): (number | undefined)[] {
  let n = 0;
  return review.kept.map((k) => (k ? ++n : undefined));
}

type Actions = Record<
  'onFocus' | 'onAccept' | 'onReject' | 'onChange' | 'onEverywhere',
  (key: string) => void
>;

function Entry({
  s,
  paragraph,
  focused,
  actions,
  dateActions,
}: {
  s: Suggestion;
  paragraph?: number;
  focused: boolean;
  actions: Actions;
  dateActions: DateActions;
}) {
  const why = unpublishable(s.place);
  return (
    <li
      className={`${styles.entry} ${focused ? styles.focused : ''} ${styles[s.decision]}`}
      data-entry={s.key}
      aria-current={focused ? 'true' : undefined}
    >
      <button type="button" className={styles.entryName} onClick={() => actions.onFocus(s.key)}>
        <strong>{s.place.name}</strong> <span>{s.place.kind}</span>
        {s.place.existing ? '' : ', new'} · {paragraph ? `¶ ${paragraph}` : 'removed ¶'} ·{' '}
        {DECISION[s.decision]}
      </button>
      <p className={styles.reason}>
        {s.added ? 'Added by you' : `${Math.round(s.confidence * 100)}% · ${s.reason}`}
      </p>
      {why && <p className={styles.warn}>Cannot be published: {why}.</p>}
      <MentionDates s={s} actions={dateActions} />
      <div className={styles.actions}>
        <button type="button" onClick={() => actions.onAccept(s.key)}>
          Accept <kbd>a</kbd>
        </button>
        <button type="button" onClick={() => actions.onReject(s.key)}>
          Reject <kbd>r</kbd>
        </button>
        <button type="button" onClick={() => actions.onChange(s.key)}>
          Change place <kbd>c</kbd>
        </button>
        <button type="button" onClick={() => actions.onEverywhere(s.key)}>
          Accept {s.place.name} everywhere <kbd>e</kbd>
        </button>
      </div>
    </li>
  );
}
