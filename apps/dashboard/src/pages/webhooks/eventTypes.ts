import type { Schemas } from '../../api/client.js';

export const eventTypes: { type: Schemas['WebhookEventType']; description: string }[] = [
  { type: 'connection.created', description: 'An end user connected an account.' },
  { type: 'connection.deleted', description: 'A connection was removed.' },
  { type: 'connection.needs_reauth', description: 'The provider stopped accepting a grant.' },
  { type: 'execution.failed', description: 'An action failed after its retries.' },
  { type: 'execution.succeeded', description: 'An action succeeded (opt-in: only when listed).' },
  { type: 'trigger.fired', description: 'A trigger subscription found something in an end user’s account.' },
  { type: 'webhook.test', description: 'Sent by “Send test event”.' },
];
