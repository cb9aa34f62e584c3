'use client';
import { useMemo, useState } from 'react';
import type { DraftAnswer } from '@/lib/editor/editor-api';
import {
  acceptEverywhere,
  addMention,
  changePlace,
  decide,
  setKept,
  setSummary,
  startReview,
  type ReviewState,
} from '@/lib/editor/review';
import { correctDate, removeDate, restoreDates } from '@/lib/editor/review-dates';
import type { ArticleMeta } from '@/lib/editor/to-article';
import type { PlaceResult } from '@/lib/editor/place-result';
import { KeyLegend } from './key-legend';
import { PlaceSearch } from './place-search';
import { PublishPanel } from './publish-panel';
import { ReviewMap } from './review-map';
import { ReviewText, type Selection } from './review-text';
import { SuggestionList } from './suggestion-list';
import { Summaries } from './summaries';
import { useReviewKeys } from './use-review-keys';
import styles from './editor.module.css';

type Searching = { mode: 'change'; key: string; q: string } | { mode: 'add'; selection: Selection };

/** Step 2 and 3: the text with its suggestions, decided one at a time, then published. */
export function ReviewScreen({
  draft,
  meta,
  onRestart,
}: {
  draft: DraftAnswer;
  meta: ArticleMeta;
  onRestart: () => void;
}) {
  const [review, setReview] = useState<ReviewState>(() => startReview(draft));
  const [focusedKey, setFocusedKey] = useState<string | undefined>(review.suggestions[0]?.key);
  const [selection, setSelection] = useState<Selection>();
  const [searching, setSearching] = useState<Searching>();
  const focused = review.suggestions.find((s) => s.key === focusedKey);

  function move(step: number) {
    const list = review.suggestions;
    if (!list.length) return;
    const at = list.findIndex((s) => s.key === focusedKey);
    const next = list[Math.min(list.length - 1, Math.max(0, at + step))];
    setFocusedKey(next.key);
    document
      .querySelector(`[data-entry="${next.key}"] button`)
      ?.scrollIntoView({ block: 'nearest' });
    document.querySelector(`[data-suggestion="${next.key}"]`)?.scrollIntoView({ block: 'nearest' });
  }
  /** After a decision, the next one still to review (or stay). */
  function decided(s: ReviewState, key: string) {
    setReview(s);
    const list = s.suggestions;
    const at = list.findIndex((x) => x.key === key);
    const next = [...list.slice(at + 1), ...list.slice(0, at)].find(
      (x) => x.decision === 'pending',
    );
    if (next) setFocusedKey(next.key);
  }
  const act = {
    accept: (key = focusedKey) => key && decided(decide(review, key, 'accepted'), key),
    reject: (key = focusedKey) => key && decided(decide(review, key, 'rejected'), key),
    everywhere: (key = focusedKey) => key && decided(acceptEverywhere(review, key), key),
    change: (key = focusedKey) => {
      const s = review.suggestions.find((x) => x.key === key);
      if (s) setSearching({ mode: 'change', key: s.key, q: s.place.name });
    },
  };
  const keys = useMemo(
    () => ({
      next: () => move(1),
      previous: () => move(-1),
      accept: () => act.accept(),
      reject: () => act.reject(),
      change: () => act.change(),
      everywhere: () => act.everywhere(),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [review, focusedKey],
  );
  useReviewKeys(keys, !searching);

  function choose(place: PlaceResult) {
    if (searching?.mode === 'change') {
      decided(changePlace(review, searching.key, place), searching.key);
    } else if (searching?.mode === 'add') {
      const s = addMention(review, searching.selection.index, searching.selection, place);
      setReview(s);
      setFocusedKey(s.suggestions.find((x) => x.added && x.place.id === place.id)?.key);
      setSelection(undefined);
    }
    setSearching(undefined);
  }

  return (
    <div className={styles.workbench}>
      <header className={styles.bar}>
        <h2>2. Review “{meta.title || draft.title || 'untitled'}”</h2>
        <button type="button" className={styles.small} onClick={onRestart}>
          Start again
        </button>
      </header>
      {draft.warnings.map((w) => (
        <p key={w} className={styles.warn} role="status">
          {w}
        </p>
      ))}
      <KeyLegend />
      <div className={styles.columns}>
        <ReviewText
          review={review}
          focused={focused}
          onFocus={setFocusedKey}
          onKept={(i, kept) => setReview(setKept(review, i, kept))}
          onSelect={setSelection}
        />
        <div className={styles.side}>
          {selection && !searching && (
            <p className={styles.addBar}>
              “{selection.text.slice(0, 60)}”{' '}
              <button type="button" onClick={() => setSearching({ mode: 'add', selection })}>
                Add mention…
              </button>
            </p>
          )}
          {searching && (
            <PlaceSearch
              key={searching.mode === 'change' ? searching.key : 'add'}
              label={
                searching.mode === 'change'
                  ? 'Change the place to'
                  : `The place “${searching.selection.text.trim()}” names`
              }
              initial={searching.mode === 'change' ? searching.q : searching.selection.text.trim()}
              onChoose={choose}
              onClose={() => setSearching(undefined)}
            />
          )}
          <ReviewMap review={review} focusedKey={focusedKey} outlines={draft.outlines} />
          <SuggestionList
            review={review}
            focusedKey={focusedKey}
            onFocus={setFocusedKey}
            onAccept={(k) => act.accept(k)}
            onReject={(k) => act.reject(k)}
            onChange={(k) => act.change(k)}
            onEverywhere={(k) => act.everywhere(k)}
            dateActions={{
              onRemoveDate: (k, i) => setReview(removeDate(review, k, i)),
              onCorrectDate: (k, i, value) => setReview(correctDate(review, k, i, value)),
              onRestoreDates: (k) => setReview(restoreDates(review, k)),
            }}
          />
          <Summaries review={review} onSummary={(id, s) => setReview(setSummary(review, id, s))} />
          <PublishPanel review={review} meta={meta} />
        </div>
      </div>
    </div>
  );
}
