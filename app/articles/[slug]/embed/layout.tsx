import type { ReactNode } from 'react';
import { EmbedFrame } from '@/components/embed-frame';
import { articleParams } from '@/lib/article-params';

// No `dynamicParams = false`: under `next start` an article an editor publishes is rendered on
// its first request (an unknown slug is a 404 from the page), and revalidated on every change.
export const generateStaticParams = articleParams;

// One article's embed: the same frameable map and excerpts as /embed, with that article's places.
export default function ArticleEmbedLayout({ children }: { children: ReactNode }) {
  return <EmbedFrame>{children}</EmbedFrame>;
}
