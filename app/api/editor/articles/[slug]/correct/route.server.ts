import { editorWrite } from '@/lib/editor-server';
import { correctArticle } from '@/lib/store/publish';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ slug: string }> };

/**
 * A correction: `{ article, newPlaces? }`, the article as it should now read (its slug, revision
 * and earlier revisions are set by the server) → 200 `{ slug, revision, places, urls }`.
 */
export async function POST(request: Request, { params }: Ctx) {
  const { slug } = await params;
  return editorWrite(request, (db, body, editor) => correctArticle(db, slug, body!, editor), {
    body: true,
  });
}
