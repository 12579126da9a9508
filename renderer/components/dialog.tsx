import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { buttonClass } from './button-class';
import './dialog.css';
import './icon-button.css';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** One sentence that says what the dialog is about; read out with the title when it opens. */
  description?: ReactNode;
  children: ReactNode;
  /**
   * Where focus goes when the dialog closes, if not back to what opened it (or, when that is gone, to
   * the page): call `event.preventDefault()` and move it.
   */
  onCloseAutoFocus?: (event: Event) => void;
  /** `wide` for forms, whose hints read better on longer lines. */
  size?: 'default' | 'wide';
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
/** Whether focus sits on something outside the closed dialog (not on the page itself). */
const focusMovedSinceClose = (content: HTMLElement | null): boolean => {
  const now = document.activeElement;
  return now instanceof HTMLElement && now !== document.body && now.isConnected && !(content?.contains(now) ?? false);
};

export const Dialog = ({ open, onOpenChange, title, description, children, onCloseAutoFocus, size = 'default' }: DialogProps) => {
  const contentRef = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  // A layout effect runs before Radix moves focus into the dialog: this is still what opened it.
  useLayoutEffect(() => {
    if (open) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, [open]);

  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <div className="dialog-backdrop" />
        <RadixDialog.Content
          ref={contentRef}
          className={size === 'wide' ? 'dialog dialog--wide' : 'dialog'}
          // Radix points aria-describedby at its Description; without one, there is nothing to point to.
          {...(description === undefined ? { 'aria-describedby': undefined } : {})}
          // Radix would focus the first control, here the close button, and its ring reads as a
          // selection. The dialog itself takes focus (its title is announced), or the field marked
          // `data-autofocus`. Not React's autoFocus: that fires before Radix notes what had focus,
          // and focus could not go back there when the dialog closes.
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            const content = contentRef.current;
            (content?.querySelector<HTMLElement>('[data-autofocus]') ?? content)?.focus();
          }}
          // Radix returns focus to what was focused when its focus scope mounted, which is not always
          // what opened the dialog; and what opened it may be gone (a menu item, a removed row).
          // Radix does this a moment after the dialog has gone; a key pressed in that moment (Escape,
          // then `/` for the search) may already have put focus somewhere, and it stays there.
          onCloseAutoFocus={(event) => {
            onCloseAutoFocus?.(event);
            if (event.defaultPrevented) return;
            event.preventDefault();
            if (focusMovedSinceClose(contentRef.current)) return;
            const back = opener.current?.isConnected ? opener.current : document.querySelector<HTMLElement>('main');
            back?.focus();
          }}
        >
          <header className="dialog__header">
            <RadixDialog.Title className="dialog__title">{title}</RadixDialog.Title>
            <RadixDialog.Close className={buttonClass({ variant: 'ghost', size: 'sm' }, 'icon-button')} aria-label="Close">
              <X />
            </RadixDialog.Close>
          </header>
          <div className="dialog__body">
            {description === undefined ? null : (
              <RadixDialog.Description className="dialog__description">{description}</RadixDialog.Description>
            )}
            {children}
          </div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
};

/** The row of buttons that ends a dialog, the one that does the work last. */
export const DialogActions = ({ children }: { children: ReactNode }) => <div className="dialog__actions">{children}</div>;
