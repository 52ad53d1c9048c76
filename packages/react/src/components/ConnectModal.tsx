import { useEffect, useId, useRef } from 'react';
import { useOptions } from '../hooks/usePatchbayConnect.js';
import { classes } from './classNames.js';
import { IntegrationCatalog, type IntegrationCatalogProps } from './IntegrationCatalog.js';
import { Modal } from './Modal.js';

export interface ConnectModalProps extends IntegrationCatalogProps {
  /** Shown while true. */
  open: boolean;
  /** The end user closed it (Escape, the close button, a click outside). */
  onClose: () => void;
  /** The heading; default `texts.modalTitle`. */
  title?: string;
}

/**
 * The catalog in a modal dialog, like Plaid Link or Paragon's Connect Portal: search, categories,
 * connect and disconnect, and focus back on what opened it when it closes.
 */
export function ConnectModal({ open, onClose, title, ...catalog }: ConnectModalProps) {
  const { texts, theme, emit } = useOptions(catalog);
  const titleId = useId();
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) emit({ name: 'closed' });
    wasOpen.current = open;
  }, [open, emit]);
  if (!open) return null;
  return (
    <Modal labelledBy={titleId} onClose={onClose} theme={theme} overlayClassName={catalog.classNames?.overlay} className={classes('pb-modal', catalog.classNames?.dialog)}>
      <div className="pb-modal-header">
        <h2 id={titleId} className={classes('pb-title', catalog.classNames?.name)}>
          {title ?? texts.modalTitle}
        </h2>
        <button type="button" className="pb-close" aria-label={texts.close} onClick={onClose}>
          ×
        </button>
      </div>
      <IntegrationCatalog autoFocus {...catalog} />
    </Modal>
  );
}
