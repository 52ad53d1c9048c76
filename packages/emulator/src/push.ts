import { createHmac, randomUUID } from 'node:crypto';

/** What a receiver answered to a push. */
export interface PushAnswer {
  status: number;
  body: string;
}

export const hmacHex = (secret: string, content: string) => createHmac('sha256', secret).update(content, 'utf8').digest('hex');
export const deliveryId = () => randomUUID();

/** POSTs a provider's event as the provider does: JSON body, its own signature headers. */
export async function push(url: string, body: string, headers: Record<string, string>): Promise<PushAnswer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.text() };
}

/** For pushes a provider sends on its own (no caller to tell): failures are the receiver's problem, as at the real provider. */
export function pushInBackground(send: () => Promise<unknown>): void {
  send().catch((error: unknown) => console.error('[emulator] push failed:', (error as Error).message));
}
