// No server-drawn first view where the map area has none (the live map alone).
export default function NoFirstView() {
  return null;
}
