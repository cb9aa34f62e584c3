import { CopyButton } from './copy-button';

/** "Embed": a ready <iframe> snippet for this place, to copy into another page (no script needed to open it). */
export function EmbedSnippet({ src, title }: { src: string; title: string }) {
  const snippet = `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
  return (
    <details className="embed-snippet">
      <summary className="copy-button">Embed</summary>
      <div className="embed-snippet-box">
        <label htmlFor="embed-code">Paste this into your page:</label>
        <textarea id="embed-code" readOnly value={snippet} rows={4} />
        <CopyButton text={snippet} label="Copy embed code" done="Embed code copied" />
      </div>
    </details>
  );
}
