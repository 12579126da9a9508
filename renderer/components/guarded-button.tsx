import { useId, type MouseEvent } from 'react';
import { Button, type ButtonProps } from './button';
import { Tooltip } from './tooltip';

export interface GuardedButtonProps extends ButtonProps {
  /** Why the button cannot work now, or null when it can: shown as its tooltip and read as its description. */
  unavailable: string | null;
}

/**
 * A button that may be unavailable for a reason the user should learn. It stays focusable
 * (`aria-disabled`, not `disabled`), so the tooltip shows on hover and keyboard focus alike and the
 * reason is read out with it; presses are ignored while it is unavailable.
 */
export const GuardedButton = ({ unavailable, onClick, type = 'button', ...props }: GuardedButtonProps) => {
  const reasonId = useId();
  const ignore = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();
  // One element tree whatever the state, so the button keeps its identity (and focus) as it changes.
  return (
    <>
      <Tooltip content={unavailable} disabled={unavailable === null}>
        <Button
          {...props}
          type={type}
          aria-disabled={unavailable === null ? undefined : true}
          aria-describedby={unavailable === null ? undefined : reasonId}
          onClick={unavailable === null ? onClick : ignore}
        />
      </Tooltip>
      {unavailable === null ? null : (
        <span id={reasonId} hidden>
          {unavailable}
        </span>
      )}
    </>
  );
};
