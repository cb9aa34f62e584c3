import Link from 'next/link';
import { homePath } from '@/lib/urls';

/**
 * An unknown place's page. The place page renders per request (it reads `?page=`), so its 404 is
 * drawn inside the map's layout, in the panel: no `<main>` of its own (the layout has one).
 */
export default function PlaceNotFound() {
  return (
    <div className="not-found">
      <h1>No such place on the map</h1>
      <p>The collection does not speak of a place with this address.</p>
      <p>
        <Link href={homePath()}>Back to the map of every place in the collection</Link>
      </p>
    </div>
  );
}
