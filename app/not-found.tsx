import Link from 'next/link';
import { homePath } from '@/lib/urls';

export default function NotFound() {
  return (
    <main className="not-found">
      <h1>No such place on the map</h1>
      <p>The article does not speak of a place with this address.</p>
      <p>
        <Link href={homePath()}>Back to the map of every place in the article</Link>
      </p>
    </main>
  );
}
