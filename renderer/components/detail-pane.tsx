import type { ReactNode } from 'react';
import { cx } from './cx';
import './detail-pane.css';
import './resource-screen.css';

/** One term and its value in a pane's `dl.detail-facts`. */
export const DetailFact = ({ term, className, children }: { term: string; className?: string; children: ReactNode }) => (
  <div className={cx('detail-facts__item', className)}>
    <dt>{term}</dt>
    <dd>{children}</dd>
  </div>
);

/** A titled part of a detail pane, named by its title for assistive technology. */
export const DetailSection = ({ title, children }: { title: string; children: ReactNode }) => (
  <section className="detail-section" aria-label={title}>
    <h3 className="detail-section__title">{title}</h3>
    {children}
  </section>
);

/** A quiet stand-in for a value that is not there. */
export const DetailNone = ({ children = 'None' }: { children?: ReactNode }) => <span className="resource-cell--subtle">{children}</span>;
