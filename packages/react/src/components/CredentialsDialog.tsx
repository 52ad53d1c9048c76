import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ConnectIntegration, Credentials } from '../core/api.js';
import { formatText, type PatchbayTexts } from '../texts.js';
import { classes, type PatchbayClassNames } from './classNames.js';

const focusableSelector = 'input:not([disabled]), button:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export interface CredentialsDialogProps {
  integration: ConnectIntegration;
  texts: PatchbayTexts;
  classNames: PatchbayClassNames;
  /** Rejects with the message to show when the credentials are refused. */
  onSubmit: (credentials: Credentials) => Promise<void>;
  onClose: () => void;
}

/**
 * The form of an API-key or basic-auth integration, as a modal dialog: focus moves into it, Tab
 * stays inside, Escape closes it, and focus returns to what opened it.
 */
export function CredentialsDialog({ integration, texts, classNames, onSubmit, onClose }: CredentialsDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const id = useId();
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.querySelector<HTMLElement>(focusableSelector)?.focus();
    return () => opener?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(focusableSelector)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = Object.fromEntries([...new FormData(event.currentTarget)].map(([name, value]) => [name, String(value)]));
    setSubmitting(true);
    setError(undefined);
    try {
      await onSubmit(values as Credentials);
    } catch (thrown) {
      setError(thrown instanceof Error ? thrown.message : String(thrown));
      setSubmitting(false);
    }
  };

  const titleId = `${id}-title`;
  const errorId = `${id}-error`;
  return (
    <div className={classes('pb-overlay', classNames.overlay)} onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={dialog} role="dialog" aria-modal="true" aria-labelledby={titleId} className={classes('pb-dialog', classNames.dialog)} onKeyDown={onKeyDown}>
        <h2 id={titleId} className={classes('pb-name', classNames.name)}>
          {formatText(texts.credentialsTitle, integration.name)}
        </h2>
        {integration.instructions ? <p className={classes('pb-description', classNames.description)}>{integration.instructions}</p> : null}
        <form className={classes('pb-form', classNames.form)} onSubmit={(event) => void submit(event)}>
          {(integration.credentialFields ?? []).map((field) => (
            <div key={field.name} className={classes('pb-field', classNames.field)}>
              <label htmlFor={`${id}-${field.name}`} className={classes('pb-label', classNames.label)}>
                {field.label}
              </label>
              <input
                id={`${id}-${field.name}`}
                name={field.name}
                type={field.secret ? 'password' : 'text'}
                required
                autoComplete="off"
                spellCheck={false}
                placeholder={field.placeholder}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                className={classes('pb-input', classNames.input)}
              />
            </div>
          ))}
          <p id={errorId} role="alert" className={classes('pb-error', classNames.error)}>
            {error}
          </p>
          <div className={classes('pb-actions', classNames.actions)}>
            <button type="button" className={classes('pb-button pb-button-secondary', classNames.secondaryButton)} onClick={onClose}>
              {texts.cancel}
            </button>
            <button type="submit" className={classes('pb-button', classNames.button)} disabled={submitting} aria-busy={submitting || undefined}>
              {submitting ? texts.credentialsSubmitting : texts.credentialsSubmit}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
