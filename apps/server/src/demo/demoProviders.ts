import { demoClient, demoSlackSigningSecret, emulatorEndpoints, startEmulator } from '@patchbay/emulator';
import { environmentPrefix, integrations } from '@patchbay/integrations';
import type { Config } from '../config.js';

export interface DemoProviders {
  url: string;
  /** The process environment with the emulator filled in for unconfigured integrations. */
  environment: Record<string, string | undefined>;
  /** Once the API listens: the emulated Slack app's Event Subscriptions point at it (Slack triggers). */
  connectEvents(apiUrl: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Demo mode: every integration without its own `<SLUG>_CLIENT_ID` talks to the built-in
 * provider emulator, so the whole flow works with no third-party account.
 */
export async function startDemoProviders(config: Config): Promise<DemoProviders> {
  const emulator = await startEmulator({ port: config.emulatorPort, host: '127.0.0.1' });
  const environment: Record<string, string | undefined> = { ...config.environment };
  // API-key integrations have no OAuth client to emulate; they call the real provider.
  for (const { metadata } of integrations.filter(({ auth }) => auth.type === 'oauth2')) {
    const prefix = environmentPrefix(metadata.slug);
    if (environment[`${prefix}_CLIENT_ID`]) continue;
    const endpoints = emulatorEndpoints(emulator.url, metadata.slug);
    environment[`${prefix}_CLIENT_ID`] = demoClient.clientId;
    environment[`${prefix}_CLIENT_SECRET`] = demoClient.clientSecret;
    environment[`${prefix}_AUTHORIZATION_URL`] = endpoints.authorizationUrl;
    environment[`${prefix}_TOKEN_URL`] = endpoints.tokenUrl;
    environment[`${prefix}_API_BASE_URL`] = endpoints.apiBaseUrl;
    if (endpoints.tokenInfoUrl) environment[`${prefix}_TOKEN_INFO_URL`] = endpoints.tokenInfoUrl;
    // The emulated Slack app signs its event pushes with its own signing secret.
    if (metadata.slug === 'slack') environment.SLACK_WEBHOOK_SECRET ??= demoSlackSigningSecret;
  }
  const slackEmulated = environment.SLACK_WEBHOOK_SECRET === demoSlackSigningSecret;
  return {
    url: emulator.url,
    environment,
    connectEvents: async (apiUrl) => {
      if (slackEmulated) await emulator.connectSlackEvents(`${apiUrl}/api/v1/inbound/slack`);
    },
    close: emulator.close,
  };
}
