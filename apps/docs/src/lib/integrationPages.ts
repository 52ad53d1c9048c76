// One page per integration, written from the catalog itself (packages/integrations): metadata,
// auth, the quirks the code handles, the environment it reads, every action's input and output
// schema and every trigger's config and payload (the same JSON Schema `GET /integrations/{slug}`
// serves), with samples. A new integration in the registry gets its page at the next build.
import {
  actionJsonSchemas,
  environmentPrefix,
  integrations,
  triggerJsonSchemas,
  type ActionDefinition,
  type IntegrationDefinition,
  type OAuth2Config,
  type TriggerDefinition,
} from '@patchbay/integrations';
import { sample } from 'openapi-sampler';
import { guidePath, integrationPath, operationPath, sampleBaseUrl } from './paths.js';
import { fieldTable } from './schemaTable.js';

export interface IntegrationPage {
  slug: string;
  title: string;
  description: string;
  markdown: string;
  /** The TypeScript samples on the page, for the typecheck in `npm test`. */
  samples: string[];
}

type JsonSchema = Parameters<typeof sample>[0];

const authLabels = { oauth2: 'OAuth 2.0', api_key: 'API key', basic: 'user name and password' } as const;

// What agents are told about the action too (MCP annotations), so a client can ask first.
const effectLabels = {
  read: 'Reads only: changes nothing in the account.',
  write: 'Writes: creates or changes data in the account.',
  delete: 'Deletes data in the account.',
} as const;

/**
 * Plain strings without a documented example read as a field to fill in (`"<owner>"`) rather
 * than the sampler's `"string"`; enums, formats, defaults and examples keep their own values.
 */
function withPlaceholders(schema: Record<string, unknown>, name = 'value'): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...schema };
  if (copy.type === 'string' && ['examples', 'example', 'enum', 'const', 'format', 'default'].every((key) => copy[key] === undefined)) {
    copy.examples = [`<${name}>`];
  }
  if (copy.properties) {
    copy.properties = Object.fromEntries(Object.entries(copy.properties as Record<string, Record<string, unknown>>).map(([key, value]) => [key, withPlaceholders(value, key)]));
  }
  if (copy.items && typeof copy.items === 'object') copy.items = withPlaceholders(copy.items as Record<string, unknown>, name);
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(copy[key])) copy[key] = (copy[key] as Record<string, unknown>[]).map((variant) => withPlaceholders(variant, name));
  }
  return copy;
}

/** An input that satisfies the schema's types: documented examples and defaults, else placeholders. */
export function exampleInput(action: ActionDefinition): unknown {
  return sample(withPlaceholders(actionJsonSchemas(action).inputSchema) as JsonSchema, { skipNonRequired: true, quiet: true });
}

export function exampleOutput(action: ActionDefinition): unknown {
  return sample(actionJsonSchemas(action).outputSchema as JsonSchema, { quiet: true });
}

const json = (value: unknown) => JSON.stringify(value, null, 2);
const indentTail = (text: string, by: string) => text.replaceAll('\n', `\n${by}`);

export function actionSdkSample(integration: IntegrationDefinition, action: ActionDefinition): string {
  return [
    "import { Patchbay } from '@patchbay/node';",
    '',
    "const patchbay = new Patchbay({ apiKey: process.env.PATCHBAY_API_KEY!, baseUrl: 'http://localhost:3000' });",
    '',
    `const { data, executionId } = await patchbay.actions.run('${integration.metadata.slug}', '${action.id}', {`,
    "  endUserId: 'user-123',",
    `  input: ${indentTail(json(exampleInput(action)), '  ')},`,
    '});',
    'console.log(executionId, data);',
  ].join('\n');
}

function actionCurlSample(integration: IntegrationDefinition, action: ActionDefinition): string {
  const body = json({ endUserId: 'user-123', input: exampleInput(action) }).replaceAll("'", `'\\''`);
  return [
    `curl -X POST ${sampleBaseUrl}/api/v1/integrations/${integration.metadata.slug}/actions/${action.id} \\`,
    '  -H "X-API-Key: $PATCHBAY_API_KEY" \\',
    "  -H 'Content-Type: application/json' \\",
    `  -d '${body}'`,
  ].join('\n');
}

/** What the code does for this provider that a developer would otherwise have to know. */
function oauthQuirks(auth: OAuth2Config): string[] {
  return [
    auth.pkce ? 'PKCE (S256) on every authorization.' : 'No PKCE: the provider does not support it.',
    `Client authentication at the token endpoint: \`${auth.tokenEndpointAuthMethod}\`.`,
    auth.scopes.length ? `Scopes are joined with ${auth.scopeSeparator === ',' ? 'commas' : 'spaces'}, as the provider expects.` : 'The provider takes no scopes: access is chosen by the user on its consent screen.',
    ...(auth.authorizationParams
      ? [`Extra authorization parameters: ${Object.entries(auth.authorizationParams).map(([key, value]) => `\`${key}=${value}\``).join(', ')}.`]
      : []),
    ...(auth.tokenErrorFromBody ? ['Token errors the provider reports inside a 2xx answer are detected and treated as failures.'] : []),
    ...(auth.extraTokenTypes?.length ? [`Token types besides \`bearer\`: ${auth.extraTokenTypes.map((type) => `\`${type}\``).join(', ')}.`] : []),
    auth.refreshable
      ? 'Access tokens are refreshed before they expire, one refresh per connection at a time across processes (providers that rotate refresh tokens revoke the grant on a reused one).'
      : 'The provider issues no refresh token; its access tokens do not expire.',
    auth.revoke ? 'Deleting a connection revokes its token at the provider first.' : 'Deleting a connection deletes the stored token (the provider offers no revocation endpoint).',
  ];
}

function oauthSection(integration: IntegrationDefinition, auth: OAuth2Config): string {
  const { slug, name } = integration.metadata;
  const prefix = environmentPrefix(slug);
  return `## Connect an end user

${name} uses OAuth 2.0: send the end user to ${name}'s consent screen with
[\`POST /connections/authorize\`](${operationPath('authorizeConnection')}), the
[React widget](${guidePath('connections')}) or the hosted Connect Link; Patchbay handles the
callback, stores the tokens encrypted and answers \`connection.created\`.

### Your OAuth app at ${name}

1. Create an OAuth app (client) at ${name}. Its authorization endpoint is
   \`${auth.authorizationUrl}\` and its token endpoint \`${auth.tokenUrl}\`.
2. Register the redirect (callback) URL \`$PUBLIC_URL/api/v1/connections/callback\`
   (locally: \`${sampleBaseUrl}/api/v1/connections/callback\`).
3. ${auth.scopes.length ? `Grant the scopes Patchbay asks for: ${auth.scopes.map((scope) => `\`${scope}\``).join(', ')}.` : 'No scopes to configure.'}
4. Give Patchbay the client: \`${prefix}_CLIENT_ID\` and \`${prefix}_CLIENT_SECRET\` for the whole
   server, or per app (white-label consent screen with your name) in the dashboard or with
   [\`PUT /integrations/${slug}/oauth-client\`](${operationPath('setOAuthClient')}).

Without a client, demo mode (any \`NODE_ENV\` but \`production\`) connects ${name} to the built-in
provider emulator's OAuth server, so the flow can be tried without an account at ${name}${slug === 'slack' ? ', and its actions run against the emulated Slack API' : `; only Slack's actions are emulated, so ${name}'s actions need the real provider`}.

### What Patchbay handles for you

${oauthQuirks(auth)
  .map((quirk) => `- ${quirk}`)
  .join('\n')}

### Environment variables

| variable | default | meaning |
|---|---|---|
| \`${prefix}_CLIENT_ID\` | unset | your OAuth client's id |
| \`${prefix}_CLIENT_SECRET\` | unset | its secret |
| \`${prefix}_AUTHORIZATION_URL\` | \`${auth.authorizationUrl}\` | override (emulators, tests, self-hosted instances) |
| \`${prefix}_TOKEN_URL\` | \`${auth.tokenUrl}\` | override |
| \`${prefix}_API_BASE_URL\` | \`${integration.apiBaseUrl}\` | override of the API the actions call |`;
}

function credentialsSection(integration: IntegrationDefinition): string {
  const { slug, name } = integration.metadata;
  const auth = integration.auth;
  if (auth.type === 'oauth2') return '';
  const prefix = environmentPrefix(slug);
  const credentials = Object.fromEntries(auth.fields.map((field) => [field.name, field.placeholder ?? `<${field.label}>`]));
  const body = json({ endUserId: 'user-123', integrationSlug: slug, credentials }).replaceAll("'", `'\\''`);
  return `## Connect an end user

${name} is connected with ${authLabels[auth.type]}: the end user pastes it into the
[React widget](${guidePath('connections')}) or the hosted Connect Link, or your backend sends it
with [\`POST /connections\`](${operationPath('createConnection')}). Patchbay checks it with one call
to ${name} before storing it (encrypted), so a wrong key is refused at once.

${auth.instructions}

| field | label | secret |
|---|---|---|
${auth.fields.map((field) => `| \`${field.name}\` | ${field.label} | ${field.secret ? 'yes: masked in the widget, never returned by the API' : 'no'} |`).join('\n')}

\`\`\`bash
curl -X POST ${sampleBaseUrl}/api/v1/connections \\
  -H "X-API-Key: $PATCHBAY_API_KEY" \\
  -H 'Content-Type: application/json' \\
  -d '${body}'
\`\`\`

### Environment variables

| variable | default | meaning |
|---|---|---|
| \`${prefix}_API_BASE_URL\` | \`${integration.apiBaseUrl}\` | override of the API the actions call (tests, proxies) |`;
}

function actionSection(integration: IntegrationDefinition, action: ActionDefinition): string {
  const { inputSchema, outputSchema } = actionJsonSchemas(action);
  return `## ${action.id}

**${action.name}.** ${action.description} ${effectLabels[action.effect]}

\`POST /api/v1/integrations/${integration.metadata.slug}/actions/${action.id}\` — see
[Run an action](${operationPath('runAction')}) for retries, idempotency and async mode.

### Input

${fieldTable(inputSchema)}

### Output (\`data\`)

${fieldTable(outputSchema)}

### Example

\`\`\`ts
${actionSdkSample(integration, action)}
\`\`\`

\`\`\`bash
${actionCurlSample(integration, action)}
\`\`\`

\`data\` looks like:

\`\`\`json
${json(exampleOutput(action))}
\`\`\``;
}

/** A subscription's config: documented examples and defaults, else placeholders; undefined when it needs none. */
function exampleConfig(trigger: TriggerDefinition): Record<string, unknown> | undefined {
  const config = sample(withPlaceholders(triggerJsonSchemas(trigger).configSchema) as JsonSchema, { skipNonRequired: true, quiet: true }) as Record<string, unknown>;
  return Object.keys(config).length > 0 ? config : undefined;
}

export function triggerSdkSample(integration: IntegrationDefinition, trigger: TriggerDefinition): string {
  const { slug } = integration.metadata;
  const config = exampleConfig(trigger);
  return [
    "import { isTriggerEvent, Patchbay, type WebhookEvent } from '@patchbay/node';",
    '',
    "const patchbay = new Patchbay({ apiKey: process.env.PATCHBAY_API_KEY!, baseUrl: 'http://localhost:3000' });",
    '',
    `const subscription = await patchbay.triggers.subscribe('${slug}', '${trigger.id}', {`,
    "  endUserId: 'user-123',",
    ...(config ? [`  config: ${indentTail(json(config), '  ')},`] : []),
    '});',
    'console.log(subscription.id, subscription.status);',
    '',
    '// In your webhook endpoint, once `patchbay.webhooks.verify` gave you the event:',
    'export function handle(event: WebhookEvent) {',
    `  if (isTriggerEvent(event, '${slug}', '${trigger.id}')) console.log(event.data.endUserId, event.data.payload);`,
    '}',
  ].join('\n');
}

function triggerSection(integration: IntegrationDefinition, trigger: TriggerDefinition): string {
  const { configSchema, payloadSchema } = triggerJsonSchemas(trigger);
  const when = trigger.kind === 'polling' ? `Polled every ${trigger.pollIntervalSeconds} s (with jitter; backing off on errors).` : 'Pushed by the provider as it happens.';
  return `## Trigger: ${trigger.id}

**${trigger.name}.** ${trigger.description} ${when}

Subscribe with [\`POST /trigger-subscriptions\`](${operationPath('createTriggerSubscription')})
(\`"integration": "${integration.metadata.slug}", "trigger": "${trigger.id}"\`); each occurrence is a
[\`trigger.fired\`](${guidePath('triggers')}) event.

### Config

${Object.keys((configSchema.properties as object | undefined) ?? {}).length > 0 ? fieldTable(configSchema) : 'None: send `{}` or leave it out.'}

### Payload (\`data.payload\`)

${fieldTable(payloadSchema)}

### Example

\`\`\`ts
${triggerSdkSample(integration, trigger)}
\`\`\``;
}

function triggersOverview(integration: IntegrationDefinition): string {
  const { name, slug } = integration.metadata;
  const setup =
    integration.webhooks?.routing === 'app'
      ? `${name} pushes every workspace's events to one URL of Patchbay's, \`$PUBLIC_URL/api/v1/inbound/${slug}\`, set once in your ${name} app's settings and verified with \`${environmentPrefix(slug)}_WEBHOOK_SECRET\`.`
      : integration.webhooks?.routing === 'subscription'
        ? `Patchbay registers a webhook at ${name} for each subscription (and removes it when the subscription goes); \`$PUBLIC_URL\` must be reachable from ${name}.`
        : `Patchbay polls ${name}; the first poll of a subscription reads its baseline, so only what happens after it is delivered.`;
  return `## Triggers

| trigger | kind | what it delivers |
|---|---|---|
${integration.triggers.map((trigger) => `| [\`${trigger.id}\`](#trigger-${trigger.id}) | ${trigger.kind} | ${trigger.description} |`).join('\n')}

${setup} See [Triggers](${guidePath('triggers')}) for subscriptions, the run log and what each guarantees.`;
}

export function integrationPage(integration: IntegrationDefinition): IntegrationPage {
  const { slug, name, description, category, version } = integration.metadata;
  const auth = integration.auth;
  const actions = integration.actions;
  const markdown = `${description}. Category: ${category} · auth: ${authLabels[auth.type]} · version ${version} ·
${actions.length} action${actions.length === 1 ? '' : 's'}.

| action | what it does |
|---|---|
${actions.map((action) => `| [\`${action.id}\`](#${action.id}) | ${action.description} |`).join('\n')}

${auth.type === 'oauth2' ? oauthSection(integration, auth) : credentialsSection(integration)}

Anything else ${name}'s API offers is reachable through the
[proxy](${operationPath('proxyGet')}) (\`/api/v1/proxy/${slug}/…\`) with the end user's credentials.

${actions.map((action) => actionSection(integration, action)).join('\n\n')}
${integration.triggers.length > 0 ? `\n${triggersOverview(integration)}\n\n${integration.triggers.map((trigger) => triggerSection(integration, trigger)).join('\n\n')}\n` : ''}`;
  return {
    slug,
    title: name,
    description: `${name} integration: ${description.toLowerCase()}; ${[...actions, ...integration.triggers].map((item) => item.id).join(', ')}.`,
    markdown,
    samples: [...actions.map((action) => actionSdkSample(integration, action)), ...integration.triggers.map((trigger) => triggerSdkSample(integration, trigger))],
  };
}

export function integrationPages(): IntegrationPage[] {
  return integrations.map(integrationPage);
}

/** The catalog page: every integration with its auth and actions. */
export function catalogMarkdown(): string {
  return `Every integration Patchbay ships, generated from the catalog in \`packages/integrations\`.
Each page says how end users connect, what to configure and every action's input and output.
To add one, see [Adding an integration](${guidePath('adding-an-integration')}).

| integration | auth | actions | triggers |
|---|---|---|---|
${integrations
  .map(
    ({ metadata, auth, actions, triggers }) =>
      `| [${metadata.name}](${integrationPath(metadata.slug)}) | ${authLabels[auth.type]} | ${actions.map((action) => `[\`${action.id}\`](${integrationPath(metadata.slug)}#${action.id})`).join(', ')} | ${triggers.map((trigger) => `[\`${trigger.id}\`](${integrationPath(metadata.slug)}#trigger-${trigger.id})`).join(', ') || '—'} |`,
  )
  .join('\n')}
`;
}
