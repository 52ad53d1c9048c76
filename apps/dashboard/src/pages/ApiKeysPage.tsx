import { useState } from 'react';
import { unwrap, type Schemas } from '../api/client.js';
import { useAppId, useAppMutation, useAppQuery } from '../api/appQuery.js';
import { StatusBadge } from '../components/Badge.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { Dialog } from '../components/Dialog.js';
import { formatDateTime, formatRelative } from '../components/format.js';
import { PageHeader } from '../components/PageHeader.js';
import { Table } from '../components/Table.js';
import { EmptyState, ErrorMessage, QueryState } from '../components/QueryState.js';
import { ShownOnce } from '../components/SecretField.js';

export function ApiKeysPage() {
  const appId = useAppId();
  const keys = useAppQuery(['api-keys'], async (api) => (await unwrap(api.GET('/api/v1/dashboard/apps/{appId}/api-keys', { params: { path: { appId } } }))).apiKeys);
  const revoke = useAppMutation((api, keyId: string) => unwrap(api.DELETE('/api/v1/dashboard/apps/{appId}/api-keys/{keyId}', { params: { path: { appId, keyId } } })), [['api-keys']]);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys authenticate your backend (X-API-Key). Keep them secret; create one per service so you can revoke one alone."
        actions={
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            Create API key
          </button>
        }
      />
      <QueryState query={keys} label="API keys">
        {(apiKeys) =>
          apiKeys.length === 0 ? (
            <EmptyState title="No API keys">
              <p>Create a key to call the Patchbay API from your backend.</p>
            </EmptyState>
          ) : (
            <Table columns={['Name', 'Key', 'Created', 'Last used', 'Status', '']}>
                  {apiKeys.map((key) => (
                    <tr key={key.id}>
                      <td>{key.name}</td>
                      <td className="mono">{key.prefix}…</td>
                      <td>{formatDateTime(key.createdAt)}</td>
                      <td title={formatDateTime(key.lastUsedAt)}>{formatRelative(key.lastUsedAt)}</td>
                      <td>
                        <StatusBadge status={key.revokedAt ? 'revoked' : 'active'} />
                      </td>
                      <td className="actions">
                        {!key.revokedAt && (
                          <ConfirmButton label="Revoke" title={`Revoke “${key.name}”?`} confirmLabel="Revoke key" onConfirm={() => revoke.mutateAsync(key.id)}>
                            <p>Requests with this key fail with 401 from now on. This cannot be undone.</p>
                          </ConfirmButton>
                        )}
                      </td>
                    </tr>
                  ))}
            </Table>
          )
        }
      </QueryState>
      {creating && <CreateKeyDialog onClose={() => setCreating(false)} />}
    </>
  );
}

function CreateKeyDialog({ onClose }: { onClose: () => void }) {
  const appId = useAppId();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<Schemas['CreatedApiKey'] | null>(null);
  const create = useAppMutation(
    (api, keyName: string) => unwrap(api.POST('/api/v1/dashboard/apps/{appId}/api-keys', { params: { path: { appId } }, body: { name: keyName } })),
    [['api-keys']],
    setCreated,
  );
  return (
    <Dialog title={created ? 'Your new API key' : 'Create API key'} onClose={onClose}>
      {created ? (
        <ShownOnce notice="Copy it now: it is shown only once." label={created.name} value={created.key} onDone={onClose} />
      ) : (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate(name.trim());
          }}
        >
          <div className="field">
            <label htmlFor="api-key-name">Name</label>
            <input id="api-key-name" className="input" required maxLength={100} placeholder="Production backend" value={name} onChange={(event) => setName(event.target.value)} />
          </div>
          <ErrorMessage error={create.error} />
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={create.isPending || !name.trim()}>
              Create key
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
