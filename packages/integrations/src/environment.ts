/**
 * `google-sheets` → `GOOGLE_SHEETS`: the prefix of an integration's environment variables
 * (`<PREFIX>_CLIENT_ID`, `_CLIENT_SECRET`, `_AUTHORIZATION_URL`, `_TOKEN_URL`, `_API_BASE_URL`).
 * The server reads them; the docs list them on each integration's page.
 */
export function environmentPrefix(slug: string): string {
  return slug.toUpperCase().replaceAll('-', '_');
}

/** The settings every integration reads from the environment, by suffix. */
export const providerEnvironmentSuffixes = ['CLIENT_ID', 'CLIENT_SECRET', 'AUTHORIZATION_URL', 'TOKEN_URL', 'API_BASE_URL'] as const;
