import { unwrap, type ApiClient } from '../core.js';

export class Integrations {
  constructor(private readonly api: ApiClient) {}

  /** The catalog, with `connectedUsers` for your app. */
  async list() {
    return (await unwrap(this.api.GET('/api/v1/integrations'))).integrations;
  }

  /** One integration with each action's input and output JSON Schema. */
  get(slug: string) {
    return unwrap(this.api.GET('/api/v1/integrations/{slug}', { params: { path: { slug } } }));
  }

  /** Offer an integration to your end users, or stop offering it (`enabled: false`). */
  update(slug: string, settings: { enabled: boolean }) {
    return unwrap(this.api.PATCH('/api/v1/integrations/{slug}', { params: { path: { slug } }, body: settings }));
  }

  /** White-label: use your own OAuth client at the provider. */
  setOAuthClient(slug: string, client: { clientId: string; clientSecret: string; scopes?: string[] }) {
    return unwrap(this.api.PUT('/api/v1/integrations/{slug}/oauth-client', { params: { path: { slug } }, body: client }));
  }

  async deleteOAuthClient(slug: string): Promise<void> {
    await unwrap(this.api.DELETE('/api/v1/integrations/{slug}/oauth-client', { params: { path: { slug } } }));
  }
}
