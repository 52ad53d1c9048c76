import { unwrap, type ApiClient } from '../core.js';
import type { operations } from '../generated/openapi.js';

type UsageQuery = operations['getUsage']['parameters']['query'];

export class Usage {
  constructor(private readonly api: ApiClient) {}

  /** Executions, integrations in use and active end users per day or month. */
  get(query: UsageQuery) {
    return unwrap(this.api.GET('/api/v1/usage', { params: { query } }));
  }

  /** The month's bill so far, line by line, in integer cents. `period` is `YYYY-MM`. */
  estimate(period: string) {
    return unwrap(this.api.GET('/api/v1/billing/estimate', { params: { query: { period } } }));
  }
}
