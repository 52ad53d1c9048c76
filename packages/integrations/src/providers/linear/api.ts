import type { ActionContext } from '../../define.js';
import { ActionError, codeForStatus, type ActionErrorCode } from '../../errors.js';

type GraphqlAnswer<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

const errorCodes: Record<string, ActionErrorCode> = { AUTHENTICATION_ERROR: 'unauthorized', FORBIDDEN: 'forbidden', RATELIMITED: 'rate_limited' };

/**
 * Linear's GraphQL API reports errors in `errors[]`, with HTTP 200 or a 4xx, and the kind in
 * `extensions.code` (https://developers.linear.app/docs/graphql/working-with-the-graphql-api).
 */
export async function graphql<T>(context: Pick<ActionContext, 'fetch'>, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await context.fetch('graphql', {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json().catch(() => ({}))) as GraphqlAnswer<T>;
  const [first] = answer.errors ?? [];
  if (response.ok && !first && answer.data) return answer.data;
  const providerCode = first?.extensions?.code ?? (response.ok ? 'graphql_error' : undefined);
  throw new ActionError({
    code: (providerCode ? errorCodes[providerCode] : undefined) ?? (response.ok ? 'invalid_input' : codeForStatus(response.status)),
    message: `Linear: ${first?.message ?? (response.ok ? 'no data' : `answered ${response.status}`)}`,
    ...(providerCode ? { providerCode } : {}),
    providerStatus: response.status,
  });
}
