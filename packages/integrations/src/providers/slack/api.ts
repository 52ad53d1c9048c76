import type { ActionContext } from '../../define.js';
import { ActionError, codeForStatus, type ActionErrorCode } from '../../errors.js';

// Slack answers most failures with HTTP 200 and `{ ok: false, error }`.
// https://api.slack.com/web#evaluating_responses
const codes: Record<string, ActionErrorCode> = {
  channel_not_found: 'not_found',
  users_not_found: 'not_found',
  user_not_found: 'not_found',
  not_in_channel: 'forbidden',
  is_archived: 'forbidden',
  restricted_action: 'forbidden',
  missing_scope: 'forbidden',
  not_authed: 'unauthorized',
  invalid_auth: 'unauthorized',
  token_expired: 'unauthorized',
  token_revoked: 'unauthorized',
  account_inactive: 'unauthorized',
  no_text: 'invalid_input',
  invalid_blocks: 'invalid_input',
  msg_too_long: 'invalid_input',
  invalid_arguments: 'invalid_input',
  invalid_cursor: 'invalid_input',
  ratelimited: 'rate_limited',
};

export type SlackResponse = { ok: true } & Record<string, unknown>;

/**
 * Calls a Slack Web API method and returns its `ok: true` answer: write methods take a JSON
 * body, read methods (`conversations.list`, `users.lookupByEmail`) only query parameters.
 */
export async function callSlack(
  context: Pick<ActionContext, 'fetch'>,
  method: string,
  body: Record<string, unknown>,
  verb: 'POST' | 'GET' = 'POST',
): Promise<SlackResponse> {
  const query = new URLSearchParams(Object.entries(body).filter(([, value]) => value !== undefined).map(([key, value]) => [key, String(value)]));
  const response =
    verb === 'GET'
      ? await context.fetch(`${method}?${query}`, { method: 'GET' })
      : await context.fetch(method, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify(body),
        });
  return slackAnswer(response, method);
}

/** Slack's answer to `method`, or the ActionError it stands for. */
export async function slackAnswer(response: Response, method: string): Promise<SlackResponse> {
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ActionError({
      code: codeForStatus(response.status),
      message: `Slack answered ${response.status} to ${method}`,
      providerStatus: response.status,
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}),
    });
  }
  const data = (await response.json()) as { ok?: boolean; error?: string } & Record<string, unknown>;
  if (data.ok !== true) {
    const providerCode = data.error ?? 'unknown_error';
    throw new ActionError({
      code: codes[providerCode] ?? 'provider_error',
      message: `Slack: ${providerCode}${typeof data.needed === 'string' ? ` (needs ${data.needed})` : ''}`,
      providerCode,
      providerStatus: response.status,
    });
  }
  return data as SlackResponse;
}
