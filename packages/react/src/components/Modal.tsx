import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { classes } from './classNames.js';

const focusableSelector = 'input:not([disabled]), button:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export interface ModalProps {
  labelledBy: string;
  onClose: () => void;
  overlayClassName?: string | undefined;
  className?: string | undefined;
  /** Set on the overlay when the modal is the widget's outermost element (its theme). */
  theme?: string | undefined;
  children: ReactNode;
}

/**
 * A modal dialog (WAI-ARIA dialog pattern): focus moves to its first field or button, Tab stays
 * inside, Escape or a click outside closes it, and focus returns to what opened it.
 */
export function Modal({ labelledBy, onClose, overlayClassName, className, theme, children }: ModalProps) {
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>(focusableSelector) ?? [])];
    // The first field, else the first button that is not the close button.
    (focusable.find((element) => element.matches('input, select, textarea')) ?? focusable.find((element) => !element.matches('.pb-close')) ?? focusable[0])?.focus();
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

  return (
    <div
      className={classes(theme ? 'pb-overlay pb-root' : 'pb-overlay', overlayClassName)}
      data-pb-theme={theme}
      onMouseDown={(event) => event.target === event.currentTarget && onClose()}
    >
      <div ref={dialog} role="dialog" aria-modal="true" aria-labelledby={labelledBy} className={classes('pb-dialog', className)} onKeyDown={onKeyDown}>
        {children}
      </div>
    </div>
  );
}
