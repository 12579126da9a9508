import type { CSSProperties } from 'react';
import { rowDensities, useRowDensity } from '../stores/density-store';
import { Skeleton } from './skeleton';
import './table-skeleton.css';

const widths = ['72%', '58%', '80%', '64%', '76%', '52%', '68%', '60%'];

/**
 * Rows shaped like a resource table's while its list loads, as tall as the chosen density draws the
 * table's, so nothing jumps when the rows come; `what` ends "Loading …" for screen readers.
 */
export const TableSkeleton = ({ what }: { what: string }) => {
  const { rowHeight, headerHeight } = rowDensities[useRowDensity()];
  const metrics = { '--table-skeleton-row-height': `${rowHeight}px`, '--table-skeleton-header-height': `${headerHeight}px` } as CSSProperties;
  return (
    <div role="status" aria-busy="true" className="table-skeleton" style={metrics}>
      <span className="visually-hidden">Loading {what}</span>
      <div className="table-skeleton__header" />
      {widths.map((width, index) => (
        <div key={index} className="table-skeleton__row">
          <Skeleton width={width} />
          <Skeleton width="70%" />
          <Skeleton width="80%" />
          <Skeleton width="50%" />
          <Skeleton width="90%" />
          <Skeleton width="60%" />
        </div>
      ))}
    </div>
  );
};
