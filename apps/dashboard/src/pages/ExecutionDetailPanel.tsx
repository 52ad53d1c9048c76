import { unwrap } from '../api/client.js';
import { useAppQuery } from '../api/appQuery.js';
import { StatusBadge } from '../components/Badge.js';
import { Dialog } from '../components/Dialog.js';
import { executionSourceLabels, formatDateTime, formatDuration } from '../components/format.js';
import { QueryState } from '../components/QueryState.js';

export function ExecutionDetailPanel({ executionId, onClose }: { executionId: string; onClose: () => void }) {
  const execution = useAppQuery(['execution', executionId], (api) => unwrap(api.GET('/api/v1/executions/{executionId}', { params: { path: { executionId } } })));
  return (
    <Dialog title="Execution" onClose={onClose}>
      <QueryState query={execution} label="the execution">
        {(detail) => (
          <div className="detail">
            <dl className="properties">
              <dt>Id</dt>
              <dd className="mono">{detail.id}</dd>
              <dt>Status</dt>
              <dd>
                <StatusBadge status={detail.status} />
              </dd>
              <dt>Action</dt>
              <dd>
                {detail.integration.name} · <span className="mono">{detail.action}</span>
              </dd>
              <dt>Source</dt>
              <dd>{executionSourceLabels[detail.source]}</dd>
              <dt>End user</dt>
              <dd className="mono">{detail.endUser.id}</dd>
              <dt>Started</dt>
              <dd>{formatDateTime(detail.startedAt)}</dd>
              <dt>Duration</dt>
              <dd>{formatDuration(detail.duration)}</dd>
              <dt>Attempts</dt>
              <dd>{detail.attempts}</dd>
            </dl>
            {detail.error && (
              <section className="alert alert-error">
                <h3>Error</h3>
                <p>
                  <span className="mono">{detail.error.code}</span>
                  {detail.error.providerCode && (
                    <>
                      {' '}
                      · provider <span className="mono">{detail.error.providerCode}</span>
                    </>
                  )}
                  {detail.error.providerStatus !== undefined && <> · HTTP {detail.error.providerStatus}</>}
                </p>
                <p>{detail.error.message}</p>
              </section>
            )}
            <h3>Input</h3>
            <pre className="code">{JSON.stringify(detail.input, null, 2)}</pre>
            <h3>Output</h3>
            <pre className="code">{detail.output === null ? 'null' : JSON.stringify(detail.output, null, 2)}</pre>
          </div>
        )}
      </QueryState>
    </Dialog>
  );
}
