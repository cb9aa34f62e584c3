import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { EditorWorkbench } from '@/components/editor/editor-workbench';
import { orUnavailable } from '@/lib/data-server';
import { currentEditor } from '@/lib/editor-server';
import { editorPath, homePath, signInPath, signOutApiPath } from '@/lib/urls';

// Asks for the session on every request; `next start` only (the static export has no editor).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Editor', robots: { index: false } };

/** The editors' workbench: who is signed in, Sign out, and the review of a new article. */
export default async function EditorPage() {
  const session = await orUnavailable(editorPath(), currentEditor);
  if (!session) redirect(signInPath());
  return (
    <main className="editor-page editor-workbench">
      <h1>Editor</h1>
      <p className="editor-who">
        Signed in as <strong data-editor={session.editor}>{session.editor}</strong>
      </p>
      <form method="post" action={signOutApiPath()}>
        <button type="submit" className="editor-button">
          Sign out
        </button>
      </form>
      <p>
        <Link href={homePath()}>Back to the map</Link>
      </p>
      <EditorWorkbench />
    </main>
  );
}
