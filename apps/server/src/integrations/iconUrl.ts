/** Icons are static public assets served beside the API (see app.ts). */
export function iconUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}/icons/${slug}.svg`;
}
