import type { Metadata } from 'next';
import Link from 'next/link';
import { getHealth, orUnavailable } from '@/lib/data-server';
import { homePath, statusPath } from '@/lib/urls';

// Asks the database on every request: the one page that always shows the collection as it is now.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Status',
  robots: { index: false },
};

const DATABASES = { sqlite: 'SQLite (embedded)', postgres: 'PostgreSQL' } as const;

export default async function StatusPage() {
  const health = await orUnavailable(statusPath(), getHealth);
  return (
    <main className="not-found">
      <h1>The collection</h1>
      <dl>
        <dt>Database</dt>
        <dd data-dialect={health.dialect}>{DATABASES[health.dialect]}</dd>
        <dt>Articles</dt>
        <dd data-articles={health.articles}>{health.articles}</dd>
      </dl>
      <p>
        <Link href={homePath()}>Back to the map</Link>
      </p>
    </main>
  );
}
