/** Link-preview images: /previews/<name>.png, one per place plus `home` and `article`. */
export const previewPath = (name: string) => `/previews/${name}.png`;

/** Slide images for presentations: /slides/<id>.png, 1920×1080. */
export const slidePath = (id: string) => `/slides/${id}.png`;
