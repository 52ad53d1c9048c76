/** The redirect URL registered with providers; its path is fixed by openapi.yaml. */
export function callbackUrl(publicUrl: string): string {
  return `${publicUrl}/api/v1/connections/callback`;
}
