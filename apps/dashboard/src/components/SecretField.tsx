import { useId, useState, type ReactNode } from 'react';

/** A value shown once (an API key, a signing secret), with a copy button. */
export function SecretField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(value).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="secret-field">
        <input id={id} className="input mono" readOnly value={value} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      {hint && <p className="hint">{hint}</p>}
    </div>
  );
}

/** A value shown only now: why to copy it, the value, and a Done button. */
export function ShownOnce({ notice, label, value, onDone }: { notice: ReactNode; label: string; value: string; onDone: () => void }) {
  return (
    <div className="form">
      <p className="alert alert-info">{notice}</p>
      <SecretField label={label} value={value} />
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
