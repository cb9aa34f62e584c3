import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { mapStyleCss } from '@/lib/map-style';
import { SITE_URL } from '@/lib/urls';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: 'Ukraine Crisis Map', template: '%s · Ukraine Crisis Map' },
  description:
    'The places in “Russia: Ukraine crisis: Putin keeps all options open” (December 2021), each with what the article says about it, quoted by paragraph.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d2a36' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <style>{mapStyleCss}</style>
      </head>
      <body>{children}</body>
    </html>
  );
}
