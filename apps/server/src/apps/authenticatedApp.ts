/** The app a request acts for, established from its API key. */
export interface AuthenticatedApp {
  id: string;
  accountId: string;
  name: string;
  apiKeyId: string;
  redirectUris: string[];
  allowedOrigins: string[];
}
