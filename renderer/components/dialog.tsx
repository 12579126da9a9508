import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useRef, type ReactNode } from 'react';
import { buttonClass } from './button-class';
import './dialog.css';
import './icon-button.css';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children: ReactNode;
  /** Where focus goes when the dialog closes; needed when what opened it is gone (a menu item). */
  onCloseAutoFocus?: (event: Event) => void;
}

/**
 * A modal dialog: focus is trapped inside, Escape and a click outside close it, and the rest of the
 * page is hidden from assistive technology while it is open.
 *
 * Radix's `Dialog.Overlay` is deliberately not used. It wraps itself in react-remove-scroll, which
 * injects a <style> element at runtime, and the app's CSP (`style-src 'self'`) refuses inline style
 * elements. The backdrop below is a plain element styled from dialog.css instead. Nothing is lost:
 * the app frame never scrolls the document (base.css), so there is no page scroll to lock, and the
 * modal behaviour above all comes from `Dialog.Content`.
 */
export const Dialog = ({ open, onOpenChange, title, children, onCloseAutoFocus }: DialogProps) => {
  const contentRef = useRef<HTMLDivElement>(null);

  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <div className="dialog-backdrop" />
        <RadixDialog.Content
          ref={contentRef}
          className="dialog"
          // The title names the dialog; there is no separate description to point to.
          aria-describedby={undefined}
          // Radix would focus the first control, here the close button, and its ring reads as a
          // selection. The dialog itself takes focus (its title is announced), unless a field inside
          // already took it with autoFocus.
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            if (!contentRef.current?.contains(document.activeElement)) contentRef.current?.focus();
          }}
          onCloseAutoFocus={onCloseAutoFocus}
        >
          <header className="dialog__header">
            <RadixDialog.Title className="dialog__title">{title}</RadixDialog.Title>
            <RadixDialog.Close className={buttonClass({ variant: 'ghost', size: 'sm' }, 'icon-button')} aria-label="Close">
              <X />
            </RadixDialog.Close>
          </header>
          <div className="dialog__body">{children}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
};
