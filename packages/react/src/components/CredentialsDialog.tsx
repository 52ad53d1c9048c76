import { useId, useState, type FormEvent } from 'react';
import type { ConnectIntegration, Credentials } from '../core/api.js';
import { formatText, type PatchbayTexts } from '../texts.js';
import { classes, type PatchbayClassNames } from './classNames.js';
import { Modal } from './Modal.js';

export interface CredentialsDialogProps {
  integration: ConnectIntegration;
  texts: PatchbayTexts;
  classNames: PatchbayClassNames;
  /** Rejects with the message to show when the credentials are refused. */
  onSubmit: (credentials: Credentials) => Promise<void>;
  onClose: () => void;
}

/** The form of an API-key or basic-auth integration, as a modal dialog. */
export function CredentialsDialog({ integration, texts, classNames, onSubmit, onClose }: CredentialsDialogProps) {
  const id = useId();
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

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
    <Modal labelledBy={titleId} onClose={onClose} overlayClassName={classNames.overlay} className={classNames.dialog}>
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
    </Modal>
  );
}
