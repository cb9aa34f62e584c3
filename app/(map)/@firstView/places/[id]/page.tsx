import { FirstViewMap } from '@/components/first-view-map';
import { getPlace, getPlaces } from '@/lib/data-server';

type Props = { params: Promise<{ id: string }> };

// Only the demo article's places have a first view (prebuilt); another id renders nothing here,
// on demand like the place page beside it (siblings must agree on dynamicParams: both leave it
// to Next's default, which the static export accepts).

export async function generateStaticParams() {
  return (await getPlaces()).features.map((p) => ({ id: p.id }));
}

// The map area's server-drawn first view for `/places/<id>`: the place, fitted as the map fits it.
export default async function PlaceFirstView({ params }: Props) {
  const place = await getPlace((await params).id);
  // First views are drawn for the demo article's places; another place's page has the live map alone.
  if (!place) return null;
  return <FirstViewMap focusId={place.id} />;
}
