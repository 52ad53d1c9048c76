import { Fragment, useState } from 'react';
import { useSearchParams } from 'react-router';
import { unwrap, type Schemas } from '../../api/client.js';
import { useAppMutation, useAppQuery } from '../../api/appQuery.js';
import { StatusBadge } from '../../components/Badge.js';
import { formatDateTime, formatDuration, formatRelative } from '../../components/format.js';
import { Pager, Table } from '../../components/Table.js';
import { EmptyState, ErrorMessage, QueryState } from '../../components/QueryState.js';
import { eventTypes } from './eventTypes.js';

const statuses: Schemas['WebhookDeliveryStatus'][] = ['pending', 'delivered', 'failed', 'skipped'];

/** Recent events with their delivery attempts; filters in the URL; refreshes while open. */
export function EventLog() {
  const [searchParams, setSearchParams] = useSearchParams();
  const type = (searchParams.get('eventType') ?? '') as Schemas['WebhookEventType'] | '';
  const status = (searchParams.get('eventStatus') ?? '') as Schemas['WebhookDeliveryStatus'] | '';
  const cursor = searchParams.get('eventCursor') ?? undefined;
  const query = { limit: 25, ...(type ? { type } : {}), ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) };
  const events = useAppQuery(['events', query], (api) => unwrap(api.GET('/api/v1/events', { params: { query } })), { refetchInterval: 5_000 });
  const resendFailed = useAppMutation(
    (api) => unwrap(api.POST('/api/v1/events/resend-failed', { body: { since: new Date(Date.now() - 30 * 86_400_000).toISOString() } })),
    [['events']],
  );
  const [open, setOpen] = useState<string | null>(null);
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'eventCursor') next.delete('eventCursor');
    setSearchParams(next, { replace: name !== 'eventCursor' });
  };
  return (
    <section aria-labelledby="event-log">
      <div className="section-head">
        <h2 className="section-title" id="event-log">
          Event log
        </h2>
        <div className="button-row">
          <button type="button" className="button" disabled={resendFailed.isPending} onClick={() => resendFailed.mutate(undefined)}>
            {resendFailed.data ? `Re-sent ${resendFailed.data.queued}` : 'Re-send failed (30 days)'}
          </button>
        </div>
      </div>
      <ErrorMessage error={resendFailed.error} />
      <div className="filters">
        <div className="field">
          <label htmlFor="event-type">Type</label>
          <select id="event-type" className="input" value={type} onChange={(event) => set('eventType', event.target.value)}>
            <option value="">All types</option>
            {eventTypes.map((eventType) => (
              <option key={eventType.type}>{eventType.type}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="event-status">Delivery</label>
          <select id="event-status" className="input" value={status} onChange={(event) => set('eventStatus', event.target.value)}>
            <option value="">Any</option>
            {statuses.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </div>
      </div>
      <QueryState query={events} label="events">
        {(page) =>
          page.events.length === 0 ? (
            <EmptyState title="No events">
              <p>Events appear here as they happen. Send a test event to an endpoint to see one.</p>
            </EmptyState>
          ) : (
            <>
              <Table columns={['Event', 'Delivery', 'Created', '']}>
                    {page.events.map((event) => (
                      <Fragment key={event.id}>
                        <tr>
                          <td>
                            <span className="mono">{event.type}</span>
                            <div className="cell-note mono">{event.id}</div>
                          </td>
                          <td>
                            <StatusBadge status={event.status} />
                          </td>
                          <td title={formatDateTime(event.createdAt)}>{formatRelative(event.createdAt)}</td>
                          <td className="actions">
                            <button type="button" className="button" aria-expanded={open === event.id} onClick={() => setOpen(open === event.id ? null : event.id)}>
                              {open === event.id ? 'Hide attempts' : 'Attempts'}
                            </button>
                          </td>
                        </tr>
                        {open === event.id && (
                          <tr className="expanded">
                            <td colSpan={4}>
                              <EventDeliveries event={event} />
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    ))}
              </Table>
              <Pager onFirst={cursor ? () => set('eventCursor', '') : undefined} onNext={page.nextCursor ? () => set('eventCursor', page.nextCursor!) : undefined} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function EventDeliveries({ event }: { event: Schemas['WebhookEventSummary'] }) {
  const eventId = event.id;
  const deliveries = useAppQuery(['events', eventId, 'deliveries'], (api) => unwrap(api.GET('/api/v1/events/{eventId}/deliveries', { params: { path: { eventId } } })), { refetchInterval: 5_000 });
  const resend = useAppMutation((api) => unwrap(api.POST('/api/v1/events/{eventId}/resend', { params: { path: { eventId } } })), [['events']]);
  return (
    <div className="deliveries">
      <QueryState query={deliveries} label="delivery attempts">
        {({ deliveries: attempts }) =>
          attempts.length === 0 ? (
            <p className="muted">No attempt yet: the first one is on its way.</p>
          ) : (
            <ol className="attempts">
              {attempts.map((attempt) => (
                <li key={attempt.id}>
                  <StatusBadge status={attempt.status} /> Attempt {attempt.attempt} · {attempt.responseStatus ? `HTTP ${attempt.responseStatus}` : (attempt.error ?? 'no answer')} ·{' '}
                  {formatDuration(attempt.durationMs)} · {formatDateTime(attempt.createdAt)}
                  {attempt.nextAttemptAt && <span className="muted"> · next try {formatRelative(attempt.nextAttemptAt)}</span>}
                  <span className="cell-note mono"> → {attempt.endpointId}</span>
                  {attempt.responseBody && <pre className="code small">{attempt.responseBody}</pre>}
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
      <details>
        <summary>Payload</summary>
        <pre className="code">{JSON.stringify(event.payload, null, 2)}</pre>
      </details>
      <button type="button" className="button" disabled={resend.isPending} onClick={() => resend.mutate(undefined)}>
        {resend.isSuccess ? 'Re-sent' : 'Re-send'}
      </button>
      <ErrorMessage error={resend.error} />
    </div>
  );
}
