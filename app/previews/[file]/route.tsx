import { ImageResponse } from 'next/og';
import { PreviewCard } from '@/components/preview-card';
import { getArticle, getCountries, getPlace, getPlaces, SYNTHETIC } from '@/lib/data-server';
import { renderSvgMap } from '@/lib/svg-map';

// Rendered once at build time, with next/og's bundled font and no network.
export const dynamic = 'force-static';
export const dynamicParams = false;

type Ctx = { params: Promise<{ file: string }> };

export async function generateStaticParams() {
  // The benchmark's synthetic data set gets the home image only: the rest are not what it
  // measures (and the static export needs at least one).
  if (SYNTHETIC) return [{ file: 'home.png' }];
  return ['home', 'article', ...(await getPlaces()).features.map((p) => p.id)].map((name) => ({
    file: `${name}.png`,
  }));
}

export async function GET(_req: Request, { params }: Ctx) {
  const name = (await params).file.replace(/\.png$/, '');
  const article = await getArticle();
  const places = (await getPlaces()).features;
  const place = await getPlace(name);
  if (!place && name !== 'home' && name !== 'article')
    return new Response('Not found', { status: 404 });
  const mapSvg = renderSvgMap({
    width: 560,
    height: 630,
    countries: getCountries(),
    places,
    focusId: place?.id,
  });
  const source = `From “${article.title}”, ${article.date.text}`;
  const card = place ? (
    <PreviewCard
      mapSvg={mapSvg}
      kicker="UKRAINE CRISIS MAP"
      title={place.properties.name}
      quote={place.properties.excerpts[0]}
      source={source}
    />
  ) : name === 'article' ? (
    <PreviewCard
      mapSvg={mapSvg}
      kicker="THE ARTICLE, PARAGRAPH BY PARAGRAPH"
      title={article.title}
      source={`${article.date.text} · every place linked to the map`}
    />
  ) : (
    <PreviewCard
      mapSvg={mapSvg}
      kicker="UKRAINE CRISIS MAP"
      title="Every place in the article"
      quote={undefined}
      source={`${places.length} places · ${source}`}
    />
  );
  return new ImageResponse(card, { width: 1200, height: 630 });
}
