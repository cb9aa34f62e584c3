import { renderFirstView } from '@/lib/first-view';
import { getCountries, getPlace, getPlaces, SYNTHETIC } from '@/lib/data-server';

// The map's first view for `/` (home.svg) and for each place (<id>.svg), drawn once at build time
// and framed by the map area until Leaflet has drawn the same view (components/first-view-map.tsx).
export const dynamic = 'force-static';
export const dynamicParams = false;

type Ctx = { params: Promise<{ file: string }> };

export async function generateStaticParams() {
  const ids = (await getPlaces()).features.map((p) => p.id);
  // The benchmark's synthetic set (1,000 places) gets the two it measures: `/` and the first place.
  return ['home', ...(SYNTHETIC ? ids.slice(0, 1) : ids)].map((name) => ({
    file: `${name}.svg`,
  }));
}

export async function GET(_req: Request, { params }: Ctx) {
  const name = (await params).file.replace(/\.svg$/, '');
  const place = await getPlace(name);
  if (!place && name !== 'home') return new Response('Not found', { status: 404 });
  const svg = renderFirstView({
    countries: getCountries(),
    places: (await getPlaces()).features,
    focusId: place?.id,
    view: 'places',
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
