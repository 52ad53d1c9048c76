import type { ActionContext } from '../../define.js';
import { ActionError } from '../../errors.js';
import { requestJson } from '../../providerHttp.js';

/** Linear's GraphQL API answers errors with HTTP 200 and `errors[]` (https://developers.linear.app/docs/graphql/working-with-the-graphql-api). */
export async function graphql<T>(context: ActionContext, query: string, variables: Record<string, unknown>): Promise<T> {
  const answer = await requestJson<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>(context, 'Linear', 'graphql', {
    method: 'POST',
    json: { query, variables },
  });
  const [first] = answer.errors ?? [];
  if (first || !answer.data) {
    const providerCode = first?.extensions?.code ?? 'graphql_error';
    throw new ActionError({
      code: providerCode === 'AUTHENTICATION_ERROR' ? 'unauthorized' : providerCode === 'FORBIDDEN' ? 'forbidden' : 'invalid_input',
      message: `Linear: ${first?.message ?? 'no data'}`,
      providerCode,
      providerStatus: 200,
    });
  }
  return answer.data;
}
