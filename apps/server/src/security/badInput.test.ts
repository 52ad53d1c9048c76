import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakages, sendDraft, valueFor, type DraftRequest } from '../../test/badRequests.js';
import { callerHeaders, type Caller } from '../../test/callOperation.js';
import { startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { createTenant, pathValuesOf, snapshot, type Tenant } from '../../test/securityWorld.js';
import { errorSchema, specComponents, specOperations, type SpecOperation } from '../../test/specOperations.js';
import type { TestServer } from '../../test/testServer.js';

// OWASP API8, property-based: for every operation of the spec, requests generated from its
// schemas, each broken in one way (badRequests.ts), must get a 4xx in the error shape and change
// nothing. A fixed seed and a bounded number of runs keep `npm test` repeatable and quick;
// `pnpm --filter @patchbay/bench fuzz-api` runs the same property longer, on a new seed.
const runsPerOperation = Number(process.env.FUZZ_RUNS ?? 12);
const seed = Number(process.env.FUZZ_SEED ?? 20_261_118);

const isErrorBody = new Ajv2020({ strict: false }).compile({ ...errorSchema, components: specComponents });
// `/mcp` speaks JSON-RPC: a request the MCP transport cannot read is answered in JSON-RPC's own
// error shape (https://www.jsonrpc.org/specification#error_object), as MCP clients expect.
const isJsonRpcError = new Ajv2020({ strict: false }).compile({
  type: 'object',
  required: ['jsonrpc', 'error'],
  properties: { jsonrpc: { const: '2.0' }, error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'integer' }, message: { type: 'string' } } } },
});
const inErrorShape = (operation: SpecOperation, body: unknown) => isErrorBody(body) || (operation.path === '/mcp' && isJsonRpcError(body));

let server: TestServer;
let close: () => Promise<void>;
let tenant: Tenant;
const outcomes = new Map<string, number>();
beforeAll(async () => {
  ({ server, close } = await startServerWithEmulatedSlack({
    environment: { RATE_LIMIT_WRITES_PER_MINUTE: '100000', RATE_LIMIT_READS_PER_MINUTE: '100000', RATE_LIMIT_ACTIONS_PER_MINUTE: '100000' },
  }));
  tenant = await createTenant(server, 'fuzz');
});
afterAll(async () => {
  const total = [...outcomes.values()].reduce((sum, count) => sum + count, 0);
  console.info(`bad input: ${total} cases over ${specOperations.length} operations (seed ${seed}); answers: ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}`);
  await close();
});

function callerFor(operation: SpecOperation): Caller {
  switch (operation.security) {
    case 'apiKey':
      return { apiKey: tenant.apiKey };
    case 'connectSession':
      return { sessionToken: tenant.sessionToken };
    case 'toolToken':
      return { toolToken: tenant.toolToken };
    case 'dashboardSession':
      return tenant.dashboard;
    case 'none':
      return {};
  }
}

function draftFor(operation: SpecOperation): fc.Arbitrary<DraftRequest> {
  const listed = operation.parameters.filter((parameter) => parameter.in === 'query' && parameter.schema.type !== 'object');
  const query = fc.tuple(...listed.map((parameter) => fc.option(valueFor(parameter.schema).map((value) => [parameter.name, String(value)] as [string, string]), { nil: undefined })));
  const body = operation.body?.json ? valueFor(operation.body.schema) : fc.constant(undefined);
  return fc.record({ query, body }).map(({ query: given, body: value }) => ({
    path: pathValuesOf(tenant),
    query: given.filter((entry): entry is [string, string] => entry !== undefined),
    body: value,
  }));
}

describe('bad input (OWASP API8), property-based over every operation of openapi.yaml', () => {
  it.each(specOperations.map((operation) => [operation.operationId, operation] as const))(
    '%s: a broken request is a 4xx in the error shape and changes nothing',
    async (_, operation) => {
      const applicable = breakages.filter((breakage) => breakage.applies(operation));
      expect(applicable.length).toBeGreaterThan(0);
      const headers = {
        ...callerHeaders(callerFor(operation)),
        ...(operation.path.includes('/proxy/') ? { 'x-end-user-id': tenant.endUser } : {}),
        ...(operation.path === '/mcp' ? { accept: 'application/json, text/event-stream' } : {}),
      };
      await fc.assert(
        fc.asyncProperty(draftFor(operation), fc.constantFrom(...applicable), fc.nat(), async (draft, breakage, pick) => {
          breakage.apply(draft, operation, pick);
          const before = await snapshot(server);
          const answer = await sendDraft(server.url, operation, draft, headers);
          const label = `${breakage.name}: ${answer.url.slice(0, 200)} → ${answer.status}`;
          outcomes.set(String(answer.status), (outcomes.get(String(answer.status)) ?? 0) + 1);
          expect(answer.status, `${label} ${answer.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
          expect(answer.status, `${label} ${answer.text.slice(0, 300)}`).toBeLessThan(500);
          expect(inErrorShape(operation, JSON.parse(answer.text)), `${label}: not the error shape: ${answer.text.slice(0, 300)}`).toBe(true);
          expect(await snapshot(server), `${label}: rows changed`).toEqual(before);
        }),
        { seed, numRuns: runsPerOperation, endOnFailure: true },
      );
    },
  );
});
