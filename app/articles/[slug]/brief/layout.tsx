import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { BriefKeys } from '@/components/brief-keys';
import { MapLoader } from '@/components/map/map-loader';
import { briefingOf, getArticleView } from '@/lib/data-server';
import { articleParams } from '@/lib/article-params';

type Props = { children: ReactNode; params: Promise<{ slug: string }> };

// No `dynamicParams = false`: under `next start` an article an editor publishes is rendered on
// its first request (an unknown slug is a 404 from the page), and revalidated on every change.
export const generateStaticParams = articleParams;

// One article's briefing: the same screen as /brief, with that article's places and steps.
export default async function ArticleBriefLayout({ children, params }: Props) {
  const { slug } = await params;
  const view = await getArticleView(slug);
  if (!view) notFound();
  const steps = briefingOf(view);
  return (
    <div className="brief">
      <BriefKeys steps={steps.map((p) => p.id)} article={slug} />
      <section className="brief-map" aria-label="Map">
        <MapLoader defaultId={steps[0].id} zoomControl={false} />
      </section>
      {children}
    </div>
  );
}
