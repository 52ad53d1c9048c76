// The guide's Python verifier, run as written against deliveries signed the way Patchbay signs
// them (the standardwebhooks library the server uses).
import { execFileSync, spawnSync } from 'node:child_process';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { readGuide } from '../src/lib/guides.js';

const python = spawnSync('python3', ['--version']).status === 0;
const verifier = [...readGuide('receiving-webhooks').body.matchAll(/^```python\n([\s\S]*?)^```/gm)].map(([, code]) => code!).find((code) => code.includes('def verify_webhook'));

function runVerifier(body: string, headers: Record<string, string>, secret: string): string {
  const harness = `${verifier}
import sys
case = json.load(sys.stdin)
try:
    print(json.dumps(verify_webhook(case["body"].encode(), case["headers"], case["secret"])))
except WebhookVerificationError as error:
    print("refused: " + str(error))
`;
  return execFileSync('python3', ['-c', harness], { input: JSON.stringify({ body, headers, secret }), encoding: 'utf8' }).trim();
}

describe.skipIf(!python)('the Python webhook verifier in docs/receiving-webhooks.md', () => {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const body = JSON.stringify({ event: 'connection.created', timestamp: new Date().toISOString(), data: { connectionId: 'conn_1', endUserId: 'user-123', integration: 'slack', status: 'active' } });
  const sign = (at: Date, key = secret) => {
    const id = 'evt_9x7k2m4p';
    return { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': new Webhook(key).sign(id, at, body) };
  };

  it('is in the guide', () => expect(verifier).toBeDefined());

  it('accepts a delivery Patchbay signed, and one signed with the previous secret during a rotation', () => {
    expect(JSON.parse(runVerifier(body, sign(new Date()), secret)).data.endUserId).toBe('user-123');
    const headers = sign(new Date());
    const other = sign(new Date(), 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD');
    expect(JSON.parse(runVerifier(body, { ...headers, 'webhook-signature': `${other['webhook-signature']} ${headers['webhook-signature']}` }, secret)).event).toBe('connection.created');
  });

  it('refuses a changed body, another secret and an old timestamp', () => {
    expect(runVerifier(body.replace('user-123', 'user-666'), sign(new Date()), secret)).toMatch(/^refused/);
    expect(runVerifier(body, sign(new Date(), 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD'), secret)).toMatch(/^refused/);
    expect(runVerifier(body, sign(new Date(Date.now() - 10 * 60_000)), secret)).toMatch(/^refused: timestamp/);
  });
});
