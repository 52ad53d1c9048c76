import { unwrap, type ApiClient } from '../core.js';
import type { components, operations } from '../generated/openapi.js';
import { Page } from '../pagination.js';

type Query = NonNullable<operations['listExecutions']['parameters']['query']>;
type Stats = components['schemas']['ExecutionList']['stats'];

/** A page of executions, with stats over every page of the same filters. */
export class ExecutionPage extends Page<components['schemas']['Execution']> {
  constructor(
    data: components['schemas']['Execution'][],
    nextCursor: string | null,
    readonly stats: Stats,
    fetchNext: (cursor: string) => Promise<ExecutionPage>,
  ) {
    super(data, nextCursor, fetchNext);
  }
}

export class Executions {
  constructor(private readonly api: ApiClient) {}

  /** Newest first. `for await (const execution of await patchbay.executions.list())` walks every page. */
  async list(query: Query = {}): Promise<ExecutionPage> {
    const page = await unwrap(this.api.GET('/api/v1/executions', { params: { query } }));
    return new ExecutionPage(page.executions, page.nextCursor, page.stats, (cursor) => this.list({ ...query, cursor }));
  }

  /** Counts, success rate, p95 duration, active end users and API calls per hour or day. */
  timeseries(query: NonNullable<operations['getExecutionTimeseries']['parameters']['query']> = {}) {
    return unwrap(this.api.GET('/api/v1/stats/executions', { params: { query } }));
  }

  get(executionId: string) {
    return unwrap(this.api.GET('/api/v1/executions/{executionId}', { params: { path: { executionId } } }));
  }
}
