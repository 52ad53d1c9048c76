import { bearerToken, defineIntegration } from '../../define.js';
import { scopeList } from '../../providerHttp.js';
import { addReaction } from './actions/addReaction.js';
import { findUserByEmail } from './actions/findUserByEmail.js';
import { listChannels } from './actions/listChannels.js';
import { sendMessage } from './actions/sendMessage.js';
import { slackAnswer } from './api.js';
import { slackIcon } from './icon.js';
import { appMention, messagePosted, reactionAdded } from './triggers.js';
import { slackWebhooks } from './webhooks.js';

// https://api.slack.com/authentication/oauth-v2
export const slack = defineIntegration({
  metadata: {
    id: 'int_slack',
    slug: 'slack',
    name: 'Slack',
    description: 'Team communication platform',
    category: 'communication',
    icon: slackIcon,
    version: '1.0.0',
    authType: 'oauth2',
  },
  auth: {
    type: 'oauth2',
    authorizationUrl: 'https://slack.com/oauth/v2/authorize',
    tokenUrl: 'https://slack.com/api/oauth.v2.access',
    // The last three are for triggers: the events they deliver need them.
    scopes: ['chat:write', 'channels:read', 'users:read', 'users:read.email', 'reactions:write', 'channels:history', 'app_mentions:read', 'reactions:read'],
    scopeSeparator: ',',
    pkce: true,
    tokenEndpointAuthMethod: 'client_secret_post',
    extraTokenTypes: ['bot', 'user'],
    // With token rotation on, Slack issues refresh tokens and 12-hour access tokens.
    refreshable: true,
    // https://api.slack.com/methods/auth.revoke
    revoke: async (_credentials, context) => {
      await context.fetch('auth.revoke', { method: 'POST' });
    },
    tokenErrorFromBody: (body) => (body.ok === false ? String(body.error ?? 'unknown_error') : undefined),
  },
  apiBaseUrl: 'https://slack.com/api/',
  authorizeRequest: bearerToken,
  // https://api.slack.com/methods/auth.test: every Web API answer lists the token's scopes in
  // `x-oauth-scopes` (https://api.slack.com/authentication/oauth-v2#asking).
  healthCheck: async (_credentials, context) => {
    const response = await context.fetch('auth.test', { method: 'POST' });
    await slackAnswer(response, 'auth.test');
    const scopes = scopeList(response.headers.get('x-oauth-scopes'));
    return scopes ? { scopes } : {};
  },
  actions: [sendMessage, listChannels, findUserByEmail, addReaction],
  triggers: [messagePosted, appMention, reactionAdded],
  webhooks: slackWebhooks,
});
