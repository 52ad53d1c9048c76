import { unwrap } from '../api/client.js';
import { useAppQuery } from '../api/appQuery.js';
import { StatusBadge } from '../components/Badge.js';
import { Dialog } from '../components/Dialog.js';
import { executionSourceLabels, formatDateTime, formatDuration } from '../components/format.js';
import { QueryState } from '../components/QueryState.js';
import type { Schemas } from '../api/client.js';

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
              <dd>{detail.attempts.length}</dd>
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
            {detail.attempts.length > 0 && <AttemptList attempts={detail.attempts} />}
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

/** Every try at the provider: when, how long (and how much of it waiting for its rate limit), its answer, the backoff after. */
function AttemptList({ attempts }: { attempts: Schemas['ExecutionAttempt'][] }) {
  return (
    <>
      <h3>Attempts</h3>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Started</th>
              <th scope="col">Duration</th>
              <th scope="col">Provider</th>
              <th scope="col">Error</th>
              <th scope="col">Then waited</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((attempt) => (
              <tr key={attempt.number}>
                <td>{attempt.number}</td>
                <td>{formatDateTime(attempt.startedAt)}</td>
                <td>
                  {formatDuration(attempt.duration)}
                  {attempt.waited > 0 && <div className="cell-note">{formatDuration(attempt.waited)} paced by its rate limit</div>}
                </td>
                <td>
                  {attempt.providerStatus === null ? '—' : `HTTP ${attempt.providerStatus}`}
                  {attempt.providerCode && <div className="cell-note mono">{attempt.providerCode}</div>}
                </td>
                <td>{attempt.error ? <span title={attempt.error.message} className="mono">{attempt.error.code}</span> : <span className="muted">none</span>}</td>
                <td>{attempt.delayBeforeNext === null ? '—' : formatDuration(attempt.delayBeforeNext)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
