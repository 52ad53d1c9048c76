import type { AuthenticatedApp } from '../apps/authenticatedApp.js';
import type { EndUser } from '../endUsers/store.js';

/** A request made with a connect session token: one app, one end user, nothing else. */
export interface ConnectSessionAuth {
  sessionId: string;
  app: Pick<AuthenticatedApp, 'id' | 'name' | 'redirectUris' | 'allowedOrigins'>;
  endUser: EndUser;
  /** Slugs this session may connect; empty = every integration. */
  allowedIntegrations: string[];
  /** Browser origins this session allows on top of the app's. */
  allowedOrigins: string[];
  /** Scopes to ask for besides each integration's defaults, by slug. */
  extraScopes: Record<string, string[]>;
}
