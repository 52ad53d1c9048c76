import { useState } from 'react';
import { unwrap, type Schemas } from '../api/client.js';
import { useAppMutation, useAppQuery } from '../api/appQuery.js';
import { StatusBadge } from '../components/Badge.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { formatDateTime } from '../components/format.js';
import { PageHeader } from '../components/PageHeader.js';
import { EmptyState, ErrorMessage, QueryState } from '../components/QueryState.js';
import { SecretField } from '../components/SecretField.js';
import { EndpointDialog } from './webhooks/EndpointDialog.js';
import { EventLog } from './webhooks/EventLog.js';

type Endpoint = Schemas['WebhookEndpoint'];

export function WebhooksPage() {
  const endpoints = useAppQuery(['webhook-endpoints'], async (api) => (await unwrap(api.GET('/api/v1/webhook-endpoints'))).endpoints);
  const [editing, setEditing] = useState<Endpoint | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Signed (Standard Webhooks) POSTs to your endpoints when connections change or executions fail. Failed deliveries are retried for about a day."
        actions={
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            Add endpoint
          </button>
        }
      />
      <QueryState query={endpoints} label="webhook endpoints">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No endpoints yet">
              <p>Add an HTTPS endpoint on your backend to hear about new connections, reconnects needed and failed executions.</p>
            </EmptyState>
          ) : (
            <ul className="endpoint-list">
              {list.map((endpoint) => (
                <EndpointCard key={endpoint.id} endpoint={endpoint} onEdit={() => setEditing(endpoint)} />
              ))}
            </ul>
          )
        }
      </QueryState>
      <EventLog />
      {editing && <EndpointDialog endpoint={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function EndpointCard({ endpoint, onEdit }: { endpoint: Endpoint; onEdit: () => void }) {
  const endpointId = endpoint.id;
  const path = { params: { path: { endpointId } } };
  const [revealed, setRevealed] = useState<Schemas['WebhookSecret'] | null>(null);
  const [testSent, setTestSent] = useState(false);
  const invalidate = [['webhook-endpoints'], ['events']];
  const update = useAppMutation((api, enabled: boolean) => unwrap(api.PATCH('/api/v1/webhook-endpoints/{endpointId}', { ...path, body: { enabled } })), invalidate);
  const reveal = useAppMutation((api) => unwrap(api.GET('/api/v1/webhook-endpoints/{endpointId}/secret', path)), [], setRevealed);
  const rotate = useAppMutation((api) => unwrap(api.POST('/api/v1/webhook-endpoints/{endpointId}/rotate-secret', path)), [], setRevealed);
  const test = useAppMutation((api) => unwrap(api.POST('/api/v1/webhook-endpoints/{endpointId}/test', path)), [['events']], () => setTestSent(true));
  const remove = useAppMutation((api) => unwrap(api.DELETE('/api/v1/webhook-endpoints/{endpointId}', path)), invalidate);
  return (
    <li className="card endpoint">
      <div className="endpoint-head">
        <div>
          <div className="mono endpoint-url">{endpoint.url}</div>
          <div className="cell-note">{endpoint.events.length === 0 ? 'All events except execution.succeeded' : endpoint.events.join(', ')}</div>
        </div>
        <StatusBadge status={endpoint.enabled ? 'enabled' : 'disabled'} />
      </div>
      {endpoint.disabledReason && (
        <p className="alert alert-warn">
          {endpoint.disabledReason} Fix the endpoint, then enable it again.
        </p>
      )}
      {revealed && (
        <SecretField
          label="Signing secret"
          value={revealed.secret}
          {...(revealed.previousSecretExpiresAt ? { hint: `The previous secret also signs until ${formatDateTime(revealed.previousSecretExpiresAt)}.` } : {})}
        />
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="button" onClick={() => update.mutate(!endpoint.enabled)}>
          {endpoint.enabled ? 'Disable' : 'Enable'}
        </button>
        {!revealed && (
          <button type="button" className="button" onClick={() => reveal.mutate(undefined)}>
            Reveal secret
          </button>
        )}
        <ConfirmButton label="Rotate secret" title="Rotate the signing secret?" confirmLabel="Rotate" danger={false} onConfirm={() => rotate.mutateAsync(undefined)}>
          <p>A new secret signs from now on; the old one keeps signing too for 24 hours, so you can deploy the new one without missing a delivery.</p>
        </ConfirmButton>
        <button type="button" className="button" disabled={test.isPending || !endpoint.enabled} onClick={() => test.mutate(undefined)}>
          {testSent ? 'Test event sent' : 'Send test event'}
        </button>
        <ConfirmButton label="Delete" title="Delete this endpoint?" confirmLabel="Delete endpoint" onConfirm={() => remove.mutateAsync(undefined)}>
          <p>
            Nothing more is sent to <span className="mono">{endpoint.url}</span>.
          </p>
        </ConfirmButton>
      </div>
      <ErrorMessage error={update.error ?? reveal.error ?? rotate.error ?? test.error} />
    </li>
  );
}
