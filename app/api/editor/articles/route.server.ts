import { editorWrite } from '@/lib/editor-server';
import { publishArticle } from '@/lib/store/publish';

export const dynamic = 'force-dynamic';

/**
 * Publish: `{ article, newPlaces? }` (an article file and the places new to the collection) →
 * 200 `{ slug, revision, places, urls }`; see lib/editor-server.ts for every other answer.
 */
export function POST(request: Request) {
  return editorWrite(request, (db, body, editor) => publishArticle(db, body!, editor), {
    body: true,
  });
}
