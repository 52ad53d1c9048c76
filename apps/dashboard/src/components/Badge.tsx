const tones: Record<string, string> = {
  success: 'good',
  succeeded: 'good',
  delivered: 'good',
  active: 'good',
  enabled: 'good',
  failed: 'bad',
  needs_reauth: 'warn',
  degraded: 'warn',
  healthy: 'good',
  pending: 'neutral',
  queued: 'neutral',
  running: 'info',
  disabled: 'muted',
  revoked: 'muted',
  skipped: 'muted',
};

const labels: Record<string, string> = { needs_reauth: 'Reconnect needed' };

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${tones[status] ?? 'neutral'}`}>{labels[status] ?? status.replace(/_/g, ' ')}</span>;
}
