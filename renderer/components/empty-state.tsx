import type { LucideIcon } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import './empty-state.css';

export interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  /** One paragraph: why the area is empty and what fills it. */
  description: ReactNode;
  /** The way forward: links to other areas or external docs, never a button that does nothing. */
  actions?: ReactNode;
  /** A short note below the actions, for facts that change what the user should do next. */
  children?: ReactNode;
}

export const EmptyState = ({ icon: Icon, title, description, actions, children }: EmptyStateProps) => {
  const titleId = useId();
  return (
    <section className="empty-state" aria-labelledby={titleId}>
      <div className="empty-state__icon">
        <Icon strokeWidth={1.75} />
      </div>
      <h2 id={titleId} className="empty-state__title">
        {title}
      </h2>
      <p className="empty-state__description">{description}</p>
      {actions ? <div className="empty-state__actions">{actions}</div> : null}
      {children}
    </section>
  );
};
