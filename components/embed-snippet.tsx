'use client';
import { useId, useState } from 'react';
import { CopyButton } from './copy-button';

/** "Embed": shows a ready <iframe> snippet for this place, to copy into another page. */
export function EmbedSnippet({ src, title }: { src: string; title: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const snippet = `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
  return (
    <div className="embed-snippet">
      <button type="button" className="copy-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Embed
      </button>
      {open ? (
        <div id={id} className="embed-snippet-box">
          <label htmlFor={`${id}-code`}>Paste this into your page:</label>
          <textarea id={`${id}-code`} readOnly value={snippet} rows={4} onFocus={(e) => e.currentTarget.select()} />
          <CopyButton text={snippet} label="Copy embed code" done="Embed code copied" />
        </div>
      ) : null}
    </div>
  );
}
