import * as RadixTooltip from '@radix-ui/react-tooltip';
import type { ReactElement, ReactNode } from 'react';
import './tooltip.css';

export interface TooltipProps {
  content: ReactNode;
  side?: 'top' | 'right' | 'bottom' | 'left';
  /** One element that accepts a ref and event handlers (a button or a link). */
  children: ReactElement;
  /** Keeps the tooltip from showing, without changing the element tree (the trigger stays the same element). */
  disabled?: boolean;
}

/** A short hint on hover and keyboard focus. Needs the app's TooltipProvider above it. */
export const Tooltip = ({ content, side = 'top', children, disabled = false }: TooltipProps) => (
  <RadixTooltip.Root {...(disabled ? { open: false } : {})}>
    <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
    <RadixTooltip.Portal>
      <RadixTooltip.Content className="tooltip" side={side} sideOffset={6} collisionPadding={8}>
        {content}
      </RadixTooltip.Content>
    </RadixTooltip.Portal>
  </RadixTooltip.Root>
);
