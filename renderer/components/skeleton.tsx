import { cx } from './cx';
import './skeleton.css';

export interface SkeletonProps {
  /** CSS width, e.g. `'60%'` or `120`. */
  width?: string | number;
  height?: string | number;
  shape?: 'text' | 'block';
  className?: string;
}

/** A placeholder shaped like the content on its way; its container announces the loading, not it. */
export const Skeleton = ({ width, height, shape = 'text', className }: SkeletonProps) => (
  <span aria-hidden="true" className={cx('skeleton', `skeleton--${shape}`, className)} style={{ width, height }} />
);
