import { FirstViewMap } from '@/components/first-view-map';

// The map area's server-drawn first view for `/`: every place.
export default function HomeFirstView() {
  return <FirstViewMap />;
}
