'use client';
import { useState } from 'react';
import type { DraftAnswer } from '@/lib/editor/editor-api';
import type { ArticleMeta } from '@/lib/editor/to-article';
import { DraftForm } from './draft-form';
import { ReviewScreen } from './review-screen';

/** The editors' workbench: the article's text and details, then its review and publication. */
export function EditorWorkbench() {
  const [draft, setDraft] = useState<{ answer: DraftAnswer; meta: ArticleMeta }>();
  if (!draft) return <DraftForm onDraft={(answer, meta) => setDraft({ answer, meta })} />;
  return (
    <ReviewScreen draft={draft.answer} meta={draft.meta} onRestart={() => setDraft(undefined)} />
  );
}
