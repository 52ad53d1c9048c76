import { useState } from 'react';
import { unwrap, type Schemas } from '../api/client.js';
import { useAppMutation, useAppQuery } from '../api/appQuery.js';
import { useIntegrations } from '../api/integrations.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorMessage, QueryState } from '../components/QueryState.js';

type Integration = Schemas['Integration'];

const effectLabels: Record<Schemas['ActionEffect'], { label: string; tone: string }> = {
  read: { label: 'Reads', tone: 'badge-good' },
  write: { label: 'Writes', tone: 'badge-warn' },
  delete: { label: 'Deletes', tone: 'badge-bad' },
};

/** Which actions AI agents may call for the app's end users (PUT /tools/settings). */
export function AgentToolsPage() {
  const integrations = useIntegrations();
  const settings = useAppQuery(['tool-settings'], (api) => unwrap(api.GET('/api/v1/tools/settings')));
  return (
    <>
      <PageHeader
        title="Agent tools"
        description="The actions AI agents may call for your end users, through the MCP server and function calling. A tool acts only in the accounts that end user connected."
      />
      <section className="card agent-endpoint" aria-label="MCP server">
        <div>
          <strong>MCP server</strong> <code>{window.location.origin}/mcp</code>
        </div>
        <p className="hint">
          Streamable HTTP. Authenticate with a short-lived tool token for one end user (<code>POST /api/v1/tools/tokens</code>, sent as{' '}
          <code>Authorization: Bearer tt_…</code>), or from your backend with your API key and <code>X-End-User-Id</code>. For function calling,{' '}
          <code>patchbay.tools.list(&#123; endUserId, format &#125;)</code> in <code>@patchbay/node</code>.
        </p>
      </section>
      <QueryState query={integrations} label="integrations">
        {(list) => (
          <QueryState query={settings} label="tool settings">
            {(current) => <ToolSettingsForm integrations={list} allowedTools={current.allowedTools} key={JSON.stringify(current.allowedTools)} />}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}

function ToolSettingsForm({ integrations, allowedTools }: { integrations: Integration[]; allowedTools: string[] | null }) {
  const [exposeAll, setExposeAll] = useState(allowedTools === null);
  const [entries, setEntries] = useState(() => new Set(allowedTools ?? []));
  const save = useAppMutation((api) => unwrap(api.PUT('/api/v1/tools/settings', { body: { allowedTools: exposeAll ? null : [...entries] } })), [['tool-settings']]);
  const toggle = (entry: string, on: boolean) =>
    setEntries((previous) => {
      const next = new Set(previous);
      if (on) next.add(entry);
      else next.delete(entry);
      return next;
    });
  const enabled = integrations.filter((integration) => integration.enabled);
  const disabled = integrations.filter((integration) => !integration.enabled);

  return (
    <form
      className="form"
      aria-label="Tools exposed to agents"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(undefined);
      }}
    >
      <fieldset className="card choice-group">
        <legend className="sr-only">What agents may call</legend>
        <label className="choice">
          <input type="radio" name="exposure" checked={exposeAll} onChange={() => setExposeAll(true)} />
          Every action of the integrations you enable
        </label>
        <label className="choice">
          <input type="radio" name="exposure" checked={!exposeAll} onChange={() => setExposeAll(false)} />
          Only the actions selected below
        </label>
      </fieldset>
      <ul className="tool-groups">
        {enabled.map((integration) => {
          const wholeIntegration = exposeAll || entries.has(integration.slug);
          return (
            <li key={integration.slug} className="card">
              <fieldset className="tool-group" disabled={exposeAll}>
                <legend className="tool-group-head">
                  <img src={integration.icon} alt="" width={24} height={24} />
                  {integration.name}
                </legend>
                <label className="choice">
                  <input type="checkbox" checked={wholeIntegration} onChange={(event) => toggle(integration.slug, event.target.checked)} />
                  All {integration.name} actions, including ones added later
                </label>
                <ul className="tool-actions">
                  {integration.actions.map((action) => {
                    const entry = `${integration.slug}.${action.id}`;
                    const effect = effectLabels[action.effect];
                    return (
                      <li key={action.id}>
                        <label className="choice">
                          <input type="checkbox" disabled={wholeIntegration} checked={wholeIntegration || entries.has(entry)} onChange={(event) => toggle(entry, event.target.checked)} />
                          <span>
                            {action.name} <span className={`badge ${effect.tone}`}>{effect.label}</span>
                            <span className="cell-note">{action.description}</span>
                          </span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            </li>
          );
        })}
      </ul>
      {disabled.length > 0 && <p className="hint">Disabled integrations offer no tools: {disabled.map((integration) => integration.name).join(', ')}.</p>}
      <ErrorMessage error={save.error} />
      <div>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isSuccess && !save.isPending ? 'Saved' : 'Save tools'}
        </button>
      </div>
    </form>
  );
}
