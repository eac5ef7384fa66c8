import { useLayoutEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  role?: 'dialog' | 'alertdialog';
  labelledBy: string;
  describedBy?: string;
  className?: string;
  /** Escape, or the visitor's way out: the owner closes the dialog by not rendering it any more. */
  onCancel?: () => void;
  children: ReactNode;
}

const FOCUSABLE = 'button:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** The browser lets Tab go from a modal dialog to its own address bar; a kiosk has none, so Tab goes round. */
function keepTabInside(this: HTMLDialogElement, event: KeyboardEvent) {
  if (event.key !== 'Tab') return;
  const focusable = [...this.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const leaving = event.shiftKey ? document.activeElement === first : document.activeElement === last;
  if (leaving) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/**
 * A modal dialog on the browser's own <dialog>: while it is open, everything behind it is inert (no Tab, no
 * tap, no scanning reaches it); focus goes to its first button, and back where it was when it closes.
 */
export function ModalDialog({ role = 'dialog', labelledBy, describedBy, className, onCancel, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    element.querySelector<HTMLElement>('button')?.focus();
    element.addEventListener('keydown', keepTabInside);
    return () => {
      element.removeEventListener('keydown', keepTabInside);
      if (element.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}

    >
      {children}
    </dialog>
  );
}
