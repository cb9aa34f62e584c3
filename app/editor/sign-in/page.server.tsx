import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { orUnavailable } from '@/lib/data-server';
import { currentEditor } from '@/lib/editor-server';
import { editorPath, homePath, signInApiPath, signInPath } from '@/lib/urls';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

const ERRORS: Record<string, string> = {
  wrong: 'Wrong name or password.',
  origin: 'The form was sent from another site. Sign in from this page.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A plain form posted to the sign-in route: it works with no JavaScript. */
export default async function SignInPage({ searchParams }: Props) {
  if (await orUnavailable(signInPath(), currentEditor)) redirect(editorPath());
  const error = (await searchParams).error;
  const message = typeof error === 'string' ? ERRORS[error] : undefined;
  return (
    <main className="editor-page">
      <h1>Sign in to edit</h1>
      <p>Only editors can publish or change articles. Reading needs no account.</p>
      {message ? (
        <p className="editor-error" role="alert">
          {message}
        </p>
      ) : null}
      <form method="post" action={signInApiPath()} className="editor-form">
        <label htmlFor="editor-name">Name</label>
        <input
          id="editor-name"
          name="name"
          autoComplete="username"
          required
          maxLength={64}
          autoCapitalize="none"
          spellCheck={false}
        />
        <label htmlFor="editor-password">Password</label>
        <input
          id="editor-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <button type="submit" className="editor-button">
          Sign in
        </button>
      </form>
      <p>
        <Link href={homePath()}>Back to the map</Link>
      </p>
    </main>
  );
}
