import * as RadixTooltip from '@radix-ui/react-tooltip';
import { useState, type ReactElement, type ReactNode } from 'react';
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
export const Tooltip = ({ content, side = 'top', children, disabled = false }: TooltipProps) => {
  // Always controlled: switching between controlled and uncontrolled as `disabled` changes is a React error.
  const [open, setOpen] = useState(false);
  return (
    <RadixTooltip.Root open={!disabled && open} onOpenChange={setOpen}>
      <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
      <RadixTooltip.Portal>
        <RadixTooltip.Content className="tooltip" side={side} sideOffset={6} collisionPadding={8}>
          {content}
        </RadixTooltip.Content>
      </RadixTooltip.Portal>
    </RadixTooltip.Root>
  );
};
