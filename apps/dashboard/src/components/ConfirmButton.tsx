import { useState } from 'react';
import { Dialog } from './Dialog.js';
import { ErrorMessage } from './QueryState.js';

/** A button that asks before doing something that cannot be undone. */
export function ConfirmButton({ label, title, children, confirmLabel, onConfirm, danger = true }: {
  label: string;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  danger?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  return (
    <>
      <button type="button" className={danger ? 'button button-danger-ghost' : 'button'} onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <Dialog title={title} onClose={() => setOpen(false)}>
          <div className="form">
            {children}
            <ErrorMessage error={error} />
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => setOpen(false)}>
                Cancel
              </button>
              <button
                type="button"
                className={danger ? 'button button-danger' : 'button button-primary'}
                disabled={busy}
                onClick={() => {
                  setBusy(true);
                  setError(null);
                  onConfirm()
                    .then(() => setOpen(false))
                    .catch((caught: Error) => setError(caught))
                    .finally(() => setBusy(false));
                }}
              >
                {busy ? 'Working…' : confirmLabel}
              </button>
            </div>
          </div>
        </Dialog>
      )}
    </>
  );
}
