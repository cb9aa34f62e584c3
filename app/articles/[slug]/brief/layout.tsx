import '@/app/styles/brief.css';
import { Suspense, type ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { BriefKeys } from '@/components/brief-keys';
import { MapLoader } from '@/components/map/map-loader';
import { TimelineDock } from '@/components/timeline/timeline-dock';
import { briefingOf, getArticleView } from '@/lib/data-server';
import { articleParams } from '@/lib/article-params';

type Props = { children: ReactNode; params: Promise<{ slug: string }> };

// No dynamicParams export: Next's default (true) renders an article published after the build on
// its first request under next start (lib/article-params.ts); the static export refuses an
// explicit `true`.
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
        <Suspense fallback={null}>
          <TimelineDock />
        </Suspense>
      </section>
      {children}
    </div>
  );
}
