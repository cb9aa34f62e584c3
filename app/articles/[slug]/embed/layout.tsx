import type { ReactNode } from 'react';
import { EmbedFrame } from '@/components/embed-frame';
import { articleParams } from '@/lib/article-params';

// An article published after the build renders on first request (lib/article-params.ts).
export const dynamicParams = true;
export const generateStaticParams = articleParams;

// One article's embed: the same frameable map and excerpts as /embed, with that article's places.
export default function ArticleEmbedLayout({ children }: { children: ReactNode }) {
  return <EmbedFrame>{children}</EmbedFrame>;
}
