import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { unwrap, type Schemas } from '../api/client.js';
import { accountQueryKey, useApi } from '../api/session.js';
import { ErrorMessage } from '../components/QueryState.js';
import { SecretField } from '../components/SecretField.js';

/** Creates an app in the signed-in account; its first API key and webhook secret are shown once. */
export function CreateAppForm({ onDone }: { onDone?: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/dashboard/apps', { body: { name: name.trim() } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountQueryKey }),
  });
  if (create.data) return <CreatedAppSecrets app={create.data} onDone={onDone} />;
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <div className="field">
        <label htmlFor="new-app-name">App name</label>
        <input id="new-app-name" className="input" required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} placeholder="Acme CRM (production)" />
      </div>
      <ErrorMessage error={create.error} />
      <button type="submit" className="button button-primary" disabled={create.isPending || !name.trim()}>
        {create.isPending ? 'Creating…' : 'Create app'}
      </button>
    </form>
  );
}

export function CreatedAppSecrets({ app, onDone }: { app: Pick<Schemas['CreatedApp'], 'appId' | 'apiKey' | 'webhookSecret' | 'name'>; onDone?: (() => void) | undefined }) {
  return (
    <div className="form">
      <p className="alert alert-info">Copy these now: Patchbay keeps only a hash of the API key, so it cannot show it again.</p>
      <SecretField label="API key" value={app.apiKey} hint="Send it as the X-API-Key header from your backend." />
      <SecretField label="Webhook signing secret" value={app.webhookSecret} hint="Verifies the signatures of the webhooks we send you." />
      <Link className="button button-primary" to={`/dashboard/apps/${app.appId}/overview`} onClick={onDone}>
        Open {app.name}
      </Link>
    </div>
  );
}
