import { createApiClient, type PatchbayOptions } from './core.js';
import { Actions } from './resources/actions.js';
import { Connections, ConnectSessions, EndUsers } from './resources/connections.js';
import { Executions } from './resources/executions.js';
import { Integrations } from './resources/integrations.js';
import { Tools } from './resources/tools.js';
import { Triggers } from './resources/triggers.js';
import { Usage } from './resources/usage.js';
import { AppSettings, Events, WebhookEndpoints } from './resources/webhookEndpoints.js';
import { isTriggerEvent, verifyWebhook } from './webhooks.js';

/**
 * The Patchbay API for your backend:
 *
 * ```ts
 * const patchbay = new Patchbay({ apiKey: process.env.PATCHBAY_API_KEY! });
 * await patchbay.actions.run('slack', 'send_message', { endUserId, input: { channel: '#general', text: 'Hi' } });
 * ```
 */
export class Patchbay {
  readonly integrations: Integrations;
  readonly connections: Connections;
  readonly connectSessions: ConnectSessions;
  readonly endUsers: EndUsers;
  readonly actions: Actions;
  readonly executions: Executions;
  readonly triggers: Triggers;
  readonly webhookEndpoints: WebhookEndpoints;
  readonly events: Events;
  readonly app: AppSettings;
  readonly usage: Usage;
  /** Actions as AI-agent tools: definitions for OpenAI, Anthropic, the Vercel AI SDK or MCP, and tool calls. */
  readonly tools: Tools;
  /** `patchbay.webhooks.verify(rawBody, headers, secret)` and `isTriggerEvent` — also usable without a client. */
  static readonly webhooks = { verify: verifyWebhook, isTriggerEvent };
  readonly webhooks = Patchbay.webhooks;

  constructor(options: PatchbayOptions) {
    const api = createApiClient(options);
    this.integrations = new Integrations(api);
    this.connections = new Connections(api);
    this.connectSessions = new ConnectSessions(api);
    this.endUsers = new EndUsers(api);
    this.actions = new Actions(api);
    this.executions = new Executions(api);
    this.triggers = new Triggers(api);
    this.webhookEndpoints = new WebhookEndpoints(api);
    this.events = new Events(api);
    this.app = new AppSettings(api);
    this.usage = new Usage(api);
    this.tools = new Tools(api);
  }
}
