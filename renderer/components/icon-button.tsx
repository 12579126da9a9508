import type { ComponentPropsWithRef, ReactNode } from 'react';
import { buttonClass } from './button-class';
import { Tooltip, type TooltipProps } from './tooltip';
import './icon-button.css';

export interface IconButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'children' | 'aria-label'> {
  /** The button's accessible name, also shown as its tooltip: an icon alone is never enough. */
  label: string;
  icon: ReactNode;
  variant?: 'ghost' | 'secondary';
  size?: 'sm' | 'md';
  tooltipSide?: TooltipProps['side'];
}

export const IconButton = ({
  label,
  icon,
  variant = 'ghost',
  size = 'md',
  tooltipSide,
  className,
  type = 'button',
  ...props
}: IconButtonProps) => (
  <Tooltip content={label} side={tooltipSide}>
    <button type={type} aria-label={label} className={buttonClass({ variant, size }, 'icon-button', className)} {...props}>
      {icon}
    </button>
  </Tooltip>
);
