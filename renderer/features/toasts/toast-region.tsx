import { useQuery } from '@tanstack/react-query';
import { CircleAlert, CircleCheck, X } from 'lucide-react';
import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { cx } from '../../components/cx';
import { IconButton } from '../../components/icon-button';
import { appQueries } from '../about/queries';
import { useToastActions, useToasts, type Toast } from './toast-store';
import { useSettledToasts } from './use-settled-toasts';
import './toast-region.css';

/** How long a success stays on screen while nobody is pointing at it or focused in it. */
export const TOAST_FADE_MS = 6_000;

/**
 * Counts down only while the toast is neither hovered nor focused, so nobody loses it while reading or
 * reaching for "View"; the time already shown is kept across pauses.
 */
const useFadeAfter = (toast: Toast, paused: boolean): void => {
  const { dismiss } = useToastActions();
  const remaining = useRef(TOAST_FADE_MS);
  useEffect(() => {
    if (toast.sticky || paused) return undefined;
    const startedAt = Date.now();
    const timer = setTimeout(() => dismiss(toast.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - startedAt));
    };
  }, [toast, paused, dismiss]);
};

const ToastItem = ({ toast }: { toast: Toast }) => {
  const { dismiss } = useToastActions();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  useFadeAfter(toast, hovered || focused);
  const Icon = toast.tone === 'danger' ? CircleAlert : CircleCheck;

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
  };

  return (
    <div
      className={cx('toast', `toast--${toast.tone}`)}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={onBlur}
    >
      <Icon className="toast__icon" aria-hidden="true" />
      <div className="toast__body">
        <p className="toast__title">{toast.title}</p>
        <p className="toast__message">{toast.message}</p>
        <a className="toast__view" href={toast.href} onClick={() => dismiss(toast.id)}>
          View
        </a>
      </div>
      <IconButton label={`Dismiss: ${toast.title}`} icon={<X />} size="sm" className="toast__dismiss" tooltipSide="left" onClick={() => dismiss(toast.id)} />
    </div>
  );
};

/**
 * Browser mode's toasts: a polite live region, always present so screen readers hear what arrives.
 * Not a `status`: that role is for the page's own loading states, which tests and tools look for.
 */
const BrowserToasts = () => {
  useSettledToasts();
  const toasts = useToasts();
  return (
    <section className="toast-region" aria-label="Action notifications" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </section>
  );
};

/**
 * Where settled actions are announced in a browser tab. The desktop app shows native notifications
 * instead (decided on the main side), so there it renders nothing.
 */
export const ToastRegion = () => {
  const { data: info } = useQuery(appQueries.info());
  return info?.runtime === 'browser' ? <BrowserToasts /> : null;
};
