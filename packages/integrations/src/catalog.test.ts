import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionJsonSchemas, triggerJsonSchemas } from './jsonSchema.js';
import { integrations } from './registry.js';
import { catalogTools } from './toolName.js';
import { missingScopes } from './scopes.js';

describe('the catalog', () => {
  it('has at least 10 integrations and 30 actions, with unique slugs and ids', () => {
    expect(integrations.length).toBeGreaterThanOrEqual(10);
    expect(integrations.flatMap((integration) => integration.actions).length).toBeGreaterThanOrEqual(30);
    expect(new Set(integrations.map((integration) => integration.metadata.slug)).size).toBe(integrations.length);
    expect(new Set(integrations.map((integration) => integration.metadata.id)).size).toBe(integrations.length);
  });

  it.each(integrations.map((integration) => [integration.metadata.slug, integration] as const))('%s: metadata, icon, auth and action schemas are complete', (_slug, integration) => {
    const { metadata, auth } = integration;
    expect(metadata.slug).toMatch(/^[a-z0-9-]+$/);
    expect(metadata.icon).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(metadata.authType).toBe(auth.type);
    expect(integration.apiBaseUrl).toMatch(/^https:\/\/.+\/$/);
    if (auth.type === 'oauth2') {
      expect(auth.authorizationUrl).toMatch(/^https:\/\//);
      expect(auth.tokenUrl).toMatch(/^https:\/\//);
    } else {
      expect(auth.fields.length).toBeGreaterThan(0);
    }
    for (const action of integration.actions) {
      expect(action.id).toMatch(/^[a-z0-9_]+$/);
      expect(action.description.length).toBeGreaterThan(10);
      expect(['read', 'write', 'delete']).toContain(action.effect);
      const { inputSchema, outputSchema } = actionJsonSchemas(action);
      expect(inputSchema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
      expect(outputSchema).toHaveProperty('type');
      // Every action refuses an input that is not even an object.
      expect(action.input.safeParse('nonsense').success).toBe(false);
    }
  });

  it('has at least 10 triggers across 6 integrations, webhook and polling, each with complete schemas', () => {
    const withTriggers = integrations.filter((integration) => integration.triggers.length > 0);
    expect(withTriggers.length).toBeGreaterThanOrEqual(6);
    const triggers = withTriggers.flatMap((integration) => integration.triggers.map((trigger) => ({ integration, trigger })));
    expect(triggers.length).toBeGreaterThanOrEqual(10);
    expect(new Set(triggers.map(({ trigger }) => trigger.kind))).toEqual(new Set(['webhook', 'polling']));
    for (const { integration, trigger } of triggers) {
      expect(trigger.id).toMatch(/^[a-z0-9_]+$/);
      expect(trigger.description.length).toBeGreaterThan(10);
      const { configSchema, payloadSchema } = triggerJsonSchemas(trigger);
      expect(configSchema).toMatchObject({ type: 'object' });
      expect(payloadSchema).toMatchObject({ type: 'object' });
      expect(trigger.config.safeParse('nonsense').success).toBe(false);
      if (trigger.kind === 'webhook') expect(trigger.events.length, `${integration.metadata.slug}.${trigger.id}`).toBeGreaterThan(0);
      else expect(trigger.pollIntervalSeconds).toBeGreaterThanOrEqual(30);
    }
  });

  it('docs/triggers.md lists every trigger, and only those', () => {
    const guide = readFileSync(new URL('../../../docs/triggers.md', import.meta.url), 'utf8');
    const listed = [...guide.matchAll(/^\| ([^|]+) \| `([a-z0-9_]+)` \| (webhook|polling)/gm)].map(([, name, id, kind]) => `${name!.trim()}.${id}.${kind}`);
    const catalog = integrations.flatMap((integration) => integration.triggers.map((trigger) => `${integration.metadata.name}.${trigger.id}.${trigger.kind}`));
    expect(listed.sort()).toEqual(catalog.sort());
  });

  it('names every action as a tool once, within the function-name rules of OpenAI, Anthropic and MCP', () => {
    const names = catalogTools.map((tool) => tool.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9_]{1,64}$/);
    expect(names).toContain('slack_send_message');
    expect(names).toContain('google_sheets_read_range');
  });

  it.each(integrations.map((integration) => [integration.metadata.slug, integration] as const))('%s: a connection with the default scopes can run every action', (_slug, integration) => {
    expect(integration.healthCheck).toBeTypeOf('function');
    if (integration.auth.type !== 'oauth2') return;
    for (const action of integration.actions) expect({ action: action.id, missing: missingScopes(action.scopes, integration.auth.scopes) }).toEqual({ action: action.id, missing: [] });
  });
});
