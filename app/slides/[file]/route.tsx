import { ImageResponse } from 'next/og';
import { SlideCard } from '@/components/slide-card';
import { getArticle, getCountries, getPlace, getPlaces, SYNTHETIC } from '@/lib/data-server';
import { absoluteUrl, placePath } from '@/lib/urls';
import { renderSvgMap } from '@/lib/svg-map';

// "Download image": a 1920×1080 PNG per place for slides, rendered at build time, offline.
export const dynamic = 'force-static';
export const dynamicParams = false;

type Ctx = { params: Promise<{ file: string }> };

export async function generateStaticParams() {
  // The benchmark's synthetic data set gets one slide: the rest are not what it measures (and the
  // static export needs at least one).
  const ids = (await getPlaces()).features.map((p) => p.id);
  return (SYNTHETIC ? ids.slice(0, 1) : ids).map((id) => ({ file: `${id}.png` }));
}

export async function GET(_req: Request, { params }: Ctx) {
  const place = await getPlace((await params).file.replace(/\.png$/, ''));
  if (!place) return new Response('Not found', { status: 404 });
  const mapSvg = renderSvgMap({
    width: 820,
    height: 1080,
    countries: getCountries(),
    places: (await getPlaces()).features,
    focusId: place.id,
    inset: true,
  });
  return new ImageResponse(
    <SlideCard
      mapSvg={mapSvg}
      place={place}
      article={await getArticle()}
      url={absoluteUrl(placePath(place.id))}
    />,
    {
      width: 1920,
      height: 1080,
      headers: { 'Content-Disposition': `inline; filename="${place.id}-slide.png"` },
    },
  );
}
