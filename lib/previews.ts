/** Link-preview images: /previews/<name>.png, one per place plus `home` and `article`. */
export const previewPath = (name: string) => `/previews/${name}.png`;
