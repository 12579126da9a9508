import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { cx } from './cx';
import './callout.css';

export type CalloutTone = 'info' | 'success' | 'warning' | 'danger';

export interface CalloutProps {
  tone: CalloutTone;
  title?: ReactNode;
  children?: ReactNode;
  /** `alert` for a failure the user just caused; none for a standing fact (the default). */
  role?: 'alert' | 'status';
  /** For `aria-describedby` on the control the callout is about. */
  id?: string;
  className?: string;
}

const icons = { info: Info, success: CircleCheck, warning: TriangleAlert, danger: CircleAlert } as const;

/** A boxed note inside a page or a form: a fact that changes what the user should do, or why something failed. */
export const Callout = ({ tone, title, children, role, id, className }: CalloutProps) => {
  const Icon = icons[tone];
  return (
    <div id={id} role={role} className={cx('callout', `callout--${tone}`, className)}>
      <Icon className="callout__icon" aria-hidden="true" />
      <div className="callout__body">
        {title ? <p className="callout__title">{title}</p> : null}
        {children}
      </div>
    </div>
  );
};
