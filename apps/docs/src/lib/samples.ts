// Code samples for one operation: curl, fetch and @patchbay/node, built from the operation's
// documented examples. The TypeScript ones are typechecked by `npm test` (test/samples.test.ts).
import { parameterExample, requestExample, successResponse, type Json, type Operation } from './openapi.js';
import { sampleBaseUrl } from './paths.js';
import { sdkCalls, type SdkArgument } from './sdkCalls.js';

export interface CodeSample {
  lang: 'bash' | 'ts';
  label: string;
  source: string;
}

/** How a caller authenticates, in curl flags, fetch headers and words. */
function authentication(operation: Operation): { curl: string[]; headers: [string, string][] } {
  if (operation.security.includes('ApiKeyAuth')) return { curl: ['-H "X-API-Key: $PATCHBAY_API_KEY"'], headers: [['X-API-Key', 'process.env.PATCHBAY_API_KEY!']] };
  if (operation.security.includes('ConnectSessionAuth')) {
    return { curl: ['-H "Authorization: Bearer $CONNECT_SESSION_TOKEN"'], headers: [['Authorization', '`Bearer ${connectSessionToken}`']] };
  }
  if (operation.security.includes('DashboardSession')) {
    const csrf = operation.method === 'get' ? [] : [['X-CSRF-Token', 'csrfToken'] as [string, string]];
    return {
      curl: ['-b "pb_session=$PB_SESSION"', ...(operation.method === 'get' ? [] : ['-H "X-CSRF-Token: $CSRF_TOKEN"'])],
      headers: [['Cookie', '`pb_session=${session}`'], ...csrf],
    };
  }
  return { curl: [], headers: [] };
}

function url(operation: Operation): string {
  let path = operation.path;
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    path = path.replace(`{${parameter.name}}`, encodePathValue(parameterExample(parameter)));
  }
  const query = new URLSearchParams();
  for (const parameter of queryParameters(operation)) query.set(parameter.name, String(parameterExample(parameter)));
  const search = query.toString();
  return `${sampleBaseUrl}${path}${search ? `?${search}` : ''}`;
}

// The proxy's {path} may hold slashes; every other parameter is one segment.
const encodePathValue = (value: Json) => String(value).split('/').map(encodeURIComponent).join('/');

/** Query parameters worth showing: the required ones and those with a documented example. */
const queryParameters = (operation: Operation) =>
  operation.parameters.filter((parameter) => parameter.in === 'query' && (parameter.required || parameter.example !== undefined || parameter.schema?.example !== undefined));

const headerParameters = (operation: Operation) =>
  operation.parameters.filter((parameter) => parameter.in === 'header' && (parameter.required || parameter.example !== undefined || parameter.schema?.example !== undefined));

const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;
const indent = (text: string, by: string) => text.replaceAll('\n', `\n${by}`);
const literal = (value: Json) => JSON.stringify(value, null, 2);

export function curlSample(operation: Operation): string {
  const body = requestExample(operation);
  const lines = [
    `curl${operation.method === 'get' ? '' : ` -X ${operation.method.toUpperCase()}`} ${shellQuote(url(operation))}`,
    ...authentication(operation).curl,
    ...headerParameters(operation).map((parameter) => `-H ${shellQuote(`${parameter.name}: ${parameterExample(parameter)}`)}`),
    ...(body === undefined ? [] : ["-H 'Content-Type: application/json'", `-d ${shellQuote(literal(body))}`]),
  ];
  return lines.join(' \\\n  ');
}

/** What the TypeScript samples assume is in scope besides `process.env` (declared, not faked). */
function declarations(operation: Operation): string[] {
  if (operation.security.includes('ApiKeyAuth')) return [];
  if (operation.security.includes('ConnectSessionAuth')) return ['declare const connectSessionToken: string; // cs_…, from your backend'];
  if (operation.security.includes('DashboardSession')) return ['declare const session: string, csrfToken: string; // from signIn'];
  return [];
}

export function fetchSample(operation: Operation): string {
  const body = requestExample(operation);
  const headers = [
    ...authentication(operation).headers,
    ...headerParameters(operation).map((parameter): [string, string] => [parameter.name, JSON.stringify(String(parameterExample(parameter)))]),
    ...(body === undefined ? [] : [['Content-Type', "'application/json'"] as [string, string]]),
  ];
  const options = [
    ...(operation.method === 'get' ? [] : [`method: '${operation.method.toUpperCase()}'`]),
    ...(headers.length ? [`headers: { ${headers.map(([name, value]) => `${/^[a-z]+$/i.test(name) ? name : `'${name}'`}: ${value}`).join(', ')} }`] : []),
    ...(body === undefined ? [] : [`body: JSON.stringify(${indent(literal(body), '  ')})`]),
  ];
  const success = successResponse(operation);
  const readsJson = success && success.status !== '204' && (success.response.content as Record<string, Json> | undefined)?.['application/json'];
  return [
    ...declarations(operation),
    `const response = await fetch('${url(operation)}'${options.length ? `, {\n  ${options.join(',\n  ')},\n}` : ''});`,
    readsJson ? 'const result = await response.json();' : 'if (!response.ok) throw new Error(`Patchbay answered ${response.status}`);',
    ...(readsJson ? ['console.log(result);'] : []),
  ].join('\n');
}

function sdkArgument(operation: Operation, argument: SdkArgument): string {
  if (argument === 'body') return literal(requestExample(operation) ?? {});
  if (argument === 'query') {
    const query = Object.fromEntries(queryParameters(operation).map((parameter) => [parameter.name, parameterExample(parameter)]));
    return Object.keys(query).length ? literal(query) : '';
  }
  const [where, name] = argument.split('.') as ['path' | 'query', string];
  const parameter = operation.parameters.find((p) => p.in === where && p.name === name);
  if (!parameter) throw new Error(`${operation.operationId}: the SDK table names ${argument}, which the operation does not have`);
  return literal(parameterExample(parameter));
}

export function nodeSample(operation: Operation): string | undefined {
  const call = sdkCalls[operation.operationId];
  if (!call) return undefined;
  const args = call.args.map((argument) => sdkArgument(operation, argument)).filter(Boolean);
  const success = successResponse(operation);
  const returnsData = success && success.status !== '204';
  return [
    "import { Patchbay } from '@patchbay/node';",
    '',
    "const patchbay = new Patchbay({ apiKey: process.env.PATCHBAY_API_KEY!, baseUrl: 'http://localhost:3000' });",
    `${returnsData ? 'const result = ' : ''}await patchbay.${call.method}(${args.join(', ')});`,
    ...(returnsData ? ['console.log(result);'] : []),
  ].join('\n');
}

export function operationSamples(operation: Operation): CodeSample[] {
  const node = nodeSample(operation);
  return [
    { lang: 'bash', label: 'curl', source: curlSample(operation) },
    ...(node ? [{ lang: 'ts' as const, label: '@patchbay/node', source: node }] : []),
    { lang: 'ts', label: 'fetch', source: fetchSample(operation) },
  ];
}
