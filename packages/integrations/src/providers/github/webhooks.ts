import { requestJson } from '../../providerHttp.js';
import { ActionError } from '../../errors.js';
import type { ProviderWebhooks } from '../../triggers.js';
import { hmacSha256Hex, InboundPayloadError, InboundSignatureError, jsonBody, requireHeader, sameDigest } from '../../signatures.js';
import { repositoryOf } from './triggers.js';

// Repository webhooks, registered per subscription with the end user's token.
// https://docs.github.com/en/webhooks/about-webhooks
export const githubWebhooks: ProviderWebhooks = {
  routing: 'subscription',

  // https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries: `sha256=` +
  // HMAC-SHA256 of the raw body with the hook's secret. GitHub signs no time; retries and
  // replays are caught by X-GitHub-Delivery instead.
  verify(request, secret) {
    const signature = requireHeader(request, 'x-hub-signature-256');
    if (!signature.startsWith('sha256=') || !sameDigest(hmacSha256Hex(secret, request.rawBody), signature.slice(7))) {
      throw new InboundSignatureError('X-Hub-Signature-256 does not match');
    }
  },

  parse(request) {
    const type = request.headers['x-github-event'];
    const deliveryId = request.headers['x-github-delivery'];
    if (!type || !deliveryId) throw new InboundPayloadError('missing X-GitHub-Event or X-GitHub-Delivery');
    const body = jsonBody(request);
    // Sent once when the hook is created. https://docs.github.com/en/webhooks/webhook-events-and-payloads#ping
    if (type === 'ping') return { reply: { status: 204, contentType: 'text/plain', body: '' } };
    return { event: { deliveryId, type, body } };
  },

  // https://docs.github.com/en/rest/repos/webhooks#create-a-repository-webhook
  async register(hook, context) {
    const { owner, repo } = repositoryOf(hook.config);
    const created = await requestJson<{ id: number }>(context, 'GitHub', `repos/${owner}/${repo}/hooks`, {
      method: 'POST',
      json: { name: 'web', active: true, events: hook.events, config: { url: hook.url, content_type: 'json', insecure_ssl: '0', secret: hook.secret } },
    });
    return { hookId: String(created.id) };
  },

  // https://docs.github.com/en/rest/repos/webhooks#delete-a-repository-webhook
  async unregister(hook, context) {
    const { owner, repo } = repositoryOf(hook.config);
    await requestJson(context, 'GitHub', `repos/${owner}/${repo}/hooks/${encodeURIComponent(hook.hookId)}`, { method: 'DELETE' }).catch((error: unknown) => {
      // Already gone (the user deleted the hook or the repository): nothing left to undo.
      if (!(error instanceof ActionError && error.code === 'not_found')) throw error;
    });
  },
};
