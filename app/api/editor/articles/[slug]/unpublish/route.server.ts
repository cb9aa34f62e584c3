import { editorWrite } from '@/lib/editor-server';
import { unpublishArticle } from '@/lib/store/publish';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ slug: string }> };

/** Unpublish (no body) → 200 `{ slug, revision, places, urls }`, 404 if no published article. */
export async function POST(request: Request, { params }: Ctx) {
  const { slug } = await params;
  return editorWrite(request, (db, _body, editor) => unpublishArticle(db, slug, editor), {
    body: false,
  });
}
