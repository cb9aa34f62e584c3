'use client';
import { useState } from 'react';
import { isFailure, requestDraft, type DraftAnswer, type Failure } from '@/lib/editor/editor-api';
import type { ArticleMeta } from '@/lib/editor/to-article';
import { ErrorBox } from './error-box';
import styles from './editor.module.css';

/** Step 1: the article's details and its text (pasted, or a .txt/.md/.html file) → a draft. */
export function DraftForm({
  onDraft,
}: {
  onDraft: (draft: DraftAnswer, meta: ArticleMeta) => void;
}) {
  const [error, setError] = useState<Failure>();
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    const text = String(form.get('text') ?? '');
    if (!(file instanceof File && file.size) && !text.trim()) {
      setError({ error: 'The text is empty: paste an article or choose a file.' });
      return;
    }
    if (!(file instanceof File && file.size)) form.delete('file');
    setBusy(true);
    setError(undefined);
    const draft = await requestDraft(form);
    setBusy(false);
    if (isFailure(draft)) return setError(draft);
    const field = (name: string) => String(form.get(name) ?? '').trim();
    onDraft(draft, {
      title: field('title') || draft.title,
      publisher: field('publisher'),
      date: field('date') || draft.date || '',
      url: field('url'),
      language: field('language') || 'en',
    });
  }

  return (
    <form className={styles.draftForm} onSubmit={submit} aria-labelledby="draft-heading" noValidate>
      <h2 id="draft-heading">1. The article</h2>
      <label htmlFor="d-title">Title</label>
      <input id="d-title" name="title" />
      <label htmlFor="d-publisher">Publisher</label>
      <input id="d-publisher" name="publisher" />
      <label htmlFor="d-date">Date (YYYY-MM-DD, YYYY-MM or YYYY)</label>
      <input id="d-date" name="date" placeholder="2022-03-01" />
      <label htmlFor="d-url">Address of the original (optional)</label>
      <input id="d-url" name="url" type="url" />
      <label htmlFor="d-language">Language</label>
      <input id="d-language" name="language" defaultValue="en" />
      <label htmlFor="d-format">The pasted text is</label>
      <select id="d-format" name="format" defaultValue="txt">
        <option value="txt">plain text</option>
        <option value="md">Markdown</option>
        <option value="html">HTML</option>
      </select>
      <label htmlFor="d-text">Text</label>
      <textarea id="d-text" name="text" rows={12} />
      <label htmlFor="d-file">…or a file (.txt, .md, .html; at most 5 MB)</label>
      <input
        id="d-file"
        name="file"
        type="file"
        accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
      />
      <ErrorBox failure={error} />
      <button type="submit" className={styles.primary} disabled={busy}>
        {busy ? 'Drafting…' : 'Draft the suggestions'}
      </button>
    </form>
  );
}
