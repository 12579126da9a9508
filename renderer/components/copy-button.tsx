import { Check, Copy } from 'lucide-react';
import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { buttonClass } from './button-class';
import { cx } from './cx';
import { Tooltip } from './tooltip';
import './copy-button.css';

export interface CopyButtonProps {
  value: string;
  /** What is copied, for the tooltip, the accessible name and the announcement: "IP address". */
  what: string;
  /** Text shown on the button (a value that copies itself); without it the button is an icon. */
  children?: ReactNode;
  /** -1 inside a composite widget (a grid row) that owns the keyboard. */
  tabIndex?: number;
  /**
   * The hint as the system's own tooltip (`title`) instead of the app's. For a list's rows, where the
   * button is reached by the pointer only (the grid owns the keyboard) and some thirty of them are
   * drawn again on every search keystroke: the app's tooltip is a few components per button, about a
   * sixth of a keystroke's time on 10,000 droplets (bench/keystroke-ab.ts).
   */
  plainHint?: boolean;
}

export type CopyOutcome = 'idle' | 'copied' | 'failed';

const resetMs = 1_600;

/** Copies to the clipboard and remembers, for a moment, whether it worked and for which value. */
export const useClipboard = (): { outcome: CopyOutcome; copied: string | null; copy: (value: string) => void } => {
  const [last, setLast] = useState<{ outcome: CopyOutcome; value: string | null }>({ outcome: 'idle', value: null });

  useEffect(() => {
    if (last.outcome === 'idle') return;
    const timer = setTimeout(() => setLast({ outcome: 'idle', value: null }), resetMs);
    return () => clearTimeout(timer);
  }, [last]);

  const copy = (value: string) => {
    navigator.clipboard.writeText(value).then(
      () => setLast({ outcome: 'copied', value }),
      () => setLast({ outcome: 'failed', value }),
    );
  };
  return { outcome: last.outcome, copied: last.value, copy };
};

/** Says what happened to assistive technology; renders nothing visible. */
export const CopyAnnouncement = ({ outcome, what, value }: { outcome: CopyOutcome; what: string; value?: string }) => (
  <span role="status" className="visually-hidden">
    {outcome === 'copied' ? `Copied ${what}${value ? `: ${value}` : ''}` : outcome === 'failed' ? `Couldn't copy ${what}` : ''}
  </span>
);

/** Copies a value to the clipboard, confirms it in place and announces it to assistive technology. */
export const CopyButton = ({ value, what, children, tabIndex, plainHint = false }: CopyButtonProps) => {
  const clipboard = useClipboard();
  // A table row can be handed another row's data (virtual-table keys rows by position): "Copied" is said of the value copied only.
  const outcome = clipboard.copied === value ? clipboard.outcome : 'idle';

  const onClick = (event: MouseEvent) => {
    // Inside a clickable row, copying must not also open the row.
    event.stopPropagation();
    clipboard.copy(value);
  };

  const hint = outcome === 'copied' ? 'Copied' : outcome === 'failed' ? "Couldn't copy" : `Copy ${what}`;
  const icon = outcome === 'copied' ? <Check /> : <Copy />;

  const button = (
    <button
      type="button"
      tabIndex={tabIndex}
      title={plainHint ? hint : undefined}
      aria-label={children ? `${value}, copy ${what}` : `Copy ${what}`}
      className={cx(
        children ? 'copy-button copy-button--text' : buttonClass({ variant: 'ghost', size: 'sm' }, 'icon-button', 'copy-button'),
        outcome === 'copied' && 'copy-button--copied',
      )}
      onClick={onClick}
    >
      {children ? <span className="copy-button__text">{children}</span> : null}
      {icon}
    </button>
  );

  return (
    <>
      {plainHint ? button : <Tooltip content={hint}>{button}</Tooltip>}
      <CopyAnnouncement outcome={outcome} what={what} value={value} />
    </>
  );
};
