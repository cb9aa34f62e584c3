import type { Metadata } from 'next';
import { absoluteUrl } from './urls';

type Page = { title: string; description: string; path: string; image: string; imageAlt: string };

/** Title, description, canonical URL, OpenGraph and Twitter card for one page, all absolute. */
export function pageMetadata({ title, description, path, image, imageAlt }: Page): Metadata {
  const url = absoluteUrl(path);
  const images = [
    { url: absoluteUrl(image), width: 1200, height: 630, alt: imageAlt, type: 'image/png' },
  ];
  const fullTitle = `${title} · Ukraine Crisis Map`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'website',
      siteName: 'Ukraine Crisis Map',
      title: fullTitle,
      description,
      url,
      images,
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description, images },
  };
}
