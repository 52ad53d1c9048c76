import { useState } from 'react';
import { unwrap, type Schemas } from '../../api/client.js';
import { useAppMutation } from '../../api/appQuery.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorMessage } from '../../components/QueryState.js';
import { ShownOnce } from '../../components/SecretField.js';
import { eventTypes } from './eventTypes.js';

type EventType = Schemas['WebhookEventType'];

/** Adds an endpoint (its secret is shown once) or edits one's URL and event filter. */
export function EndpointDialog({ endpoint, onClose }: { endpoint: Schemas['WebhookEndpoint'] | undefined; onClose: () => void }) {
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [events, setEvents] = useState<EventType[]>(endpoint?.events ?? []);
  const [created, setCreated] = useState<Schemas['WebhookEndpointWithSecret'] | null>(null);
  const save = useAppMutation(
    (api) => {
      const body = { url: url.trim(), events };
      return endpoint
        ? unwrap(api.PATCH('/api/v1/webhook-endpoints/{endpointId}', { params: { path: { endpointId: endpoint.id } }, body }))
        : unwrap(api.POST('/api/v1/webhook-endpoints', { body }));
    },
    [['webhook-endpoints']],
    (result) => (endpoint ? onClose() : setCreated(result as Schemas['WebhookEndpointWithSecret'])),
  );
  if (created) {
    return (
      <Dialog title="Endpoint added" onClose={onClose}>
        <ShownOnce
          notice="Verify every delivery with this secret (the Standard Webhooks libraries, or patchbay.webhooks.verify)."
          label="Signing secret"
          value={created.secret}
          onDone={onClose}
        />
      </Dialog>
    );
  }
  const toggle = (type: EventType, on: boolean) => setEvents(on ? [...events, type] : events.filter((candidate) => candidate !== type));
  return (
    <Dialog title={endpoint ? 'Edit endpoint' : 'Add endpoint'} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(undefined);
        }}
      >
        <div className="field">
          <label htmlFor="endpoint-url">Endpoint URL</label>
          <input id="endpoint-url" className="input mono" type="url" required maxLength={2048} placeholder="https://api.example.com/patchbay/webhooks" value={url} onChange={(event) => setUrl(event.target.value)} />
        </div>
        <fieldset className="field">
          <legend>Events</legend>
          <p className="hint">None checked: every event except execution.succeeded.</p>
          {eventTypes.map(({ type, description }) => (
            <label key={type} className="checkbox">
              <input type="checkbox" checked={events.includes(type)} onChange={(event) => toggle(type, event.target.checked)} />
              <span>
                <span className="mono">{type}</span> <span className="muted">— {description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <ErrorMessage error={save.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {endpoint ? 'Save' : 'Add endpoint'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
