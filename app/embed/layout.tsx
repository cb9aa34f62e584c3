import '@/app/styles/embed.css';
import type { ReactNode } from 'react';
import { EmbedFrame } from '@/components/embed-frame';

// For other sites' iframes: the map and the excerpts, no site chrome; the only pages that may be framed.
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <EmbedFrame>{children}</EmbedFrame>;
}
