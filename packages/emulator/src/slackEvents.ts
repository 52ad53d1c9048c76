import type { EmulatorState } from './state.js';
import { hmacHex, push, type PushAnswer } from './push.js';

/** The emulated Slack app's signing secret (Basic Information → App Credentials at Slack). */
export const demoSlackSigningSecret = 'patchbay-demo-slack-signing-secret';
export const emulatorTeamId = 'T0EMU';
export const emulatorAppId = 'A0EMUAPP';

export interface SlackEventOptions {
  /** Reuse an event id to send a retry of an earlier delivery. */
  eventId?: string;
  /** Sets X-Slack-Retry-Num (and X-Slack-Retry-Reason), as Slack's retries do. */
  retryNum?: number;
  teamId?: string;
}

let lastEventNumber = 0;

/** Signs a body the way Slack does: https://api.slack.com/authentication/verifying-requests-from-slack */
function slackHeaders(secret: string, body: string): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return { 'x-slack-request-timestamp': timestamp, 'x-slack-signature': `v0=${hmacHex(secret, `v0:${timestamp}:${body}`)}` };
}

/**
 * Points Event Subscriptions at `url`: Slack first sends a url_verification challenge there and
 * only accepts the URL when it is echoed. https://api.slack.com/events/url_verification
 */
export async function connectSlackEvents(state: EmulatorState, url: string): Promise<void> {
  const challenge = `challenge-${Date.now()}`;
  const body = JSON.stringify({ token: 'emulator-verification-token', challenge, type: 'url_verification' });
  const answer = await push(url, body, slackHeaders(state.slackSigningSecret, body));
  const echoed = answer.status === 200 && (answer.body === challenge || safeJson(answer.body)?.challenge === challenge);
  if (!echoed) throw new Error(`${url} did not echo Slack's url_verification challenge (answered ${answer.status}: ${answer.body.slice(0, 200)})`);
  state.slackEventsUrl = url;
}

/** Delivers one event in an event_callback envelope to the connected Request URL. */
export async function emitSlackEvent(state: EmulatorState, event: Record<string, unknown>, options: SlackEventOptions = {}): Promise<PushAnswer & { eventId: string }> {
  if (!state.slackEventsUrl) throw new Error('No Slack Events Request URL: call connectSlackEvents first.');
  const eventId = options.eventId ?? `Ev0EMU${String(++lastEventNumber).padStart(6, '0')}`;
  const teamId = options.teamId ?? emulatorTeamId;
  const envelope = {
    token: 'emulator-verification-token',
    team_id: teamId,
    api_app_id: emulatorAppId,
    event: { event_ts: event.ts ?? `${Date.now() / 1000}`, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: 'U0EMUBOT', is_bot: true, is_enterprise_install: false }],
  };
  const body = JSON.stringify(envelope);
  const retry: Record<string, string> = options.retryNum ? { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {};
  return { ...(await push(state.slackEventsUrl, body, { ...slackHeaders(state.slackSigningSecret, body), ...retry })), eventId };
}

function safeJson(text: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
