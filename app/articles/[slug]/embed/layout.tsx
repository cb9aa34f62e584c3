import '@/app/styles/embed.css';
import type { ReactNode } from 'react';
import { EmbedFrame } from '@/components/embed-frame';
import { articleParams } from '@/lib/article-params';

// No dynamicParams export: Next's default (true) renders an article published after the build on
// its first request under next start (lib/article-params.ts); the static export refuses an
// explicit `true`.
export const generateStaticParams = articleParams;

// One article's embed: the same frameable map and excerpts as /embed, with that article's places.
export default function ArticleEmbedLayout({ children }: { children: ReactNode }) {
  return <EmbedFrame>{children}</EmbedFrame>;
}
