import * as RadixMenu from '@radix-ui/react-dropdown-menu';
import { Check } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { cx } from './cx';
import './menu.css';

/**
 * Menus are non-modal. A modal DropdownMenu wraps its content in react-remove-scroll, which injects
 * a <style> element that the app's CSP (`style-src 'self'`) refuses. Non-modal keeps what matters:
 * arrow keys, typeahead, Escape, and focus returning to the trigger; an outside click closes it.
 */
export const Menu = ({ children }: { children: ReactNode }) => <RadixMenu.Root modal={false}>{children}</RadixMenu.Root>;

/** Wraps the one element that opens the menu (it receives the ref, aria-expanded and handlers). */
export const MenuTrigger = RadixMenu.Trigger;

export interface MenuContentProps {
  children: ReactNode;
  side?: 'top' | 'right' | 'bottom' | 'left';
  align?: 'start' | 'center' | 'end';
  /** Accessible name of the menu, when the trigger's text does not say what it holds. */
  label?: string;
  /** Lets the caller keep focus where an item sent it (for instance, into a dialog it opened). */
  onCloseAutoFocus?: (event: Event) => void;
}

export const MenuContent = ({ children, side = 'bottom', align = 'start', label, onCloseAutoFocus }: MenuContentProps) => (
  <RadixMenu.Portal>
    <RadixMenu.Content
      className="menu"
      side={side}
      align={align}
      sideOffset={6}
      collisionPadding={8}
      aria-label={label}
      onCloseAutoFocus={onCloseAutoFocus}
    >
      {children}
    </RadixMenu.Content>
  </RadixMenu.Portal>
);

export interface MenuItemProps {
  icon?: ReactNode;
  children: ReactNode;
  onSelect: () => void;
  disabled?: boolean;
  /** A quieter second line (why the item is disabled, say), read as the item's description. */
  detail?: ReactNode;
  /** `danger` for an item that destroys something. */
  tone?: 'danger';
}

/** An item's label, with its detail under it when it has one; `id` ties both to the item for assistive technology. */
const ItemText = ({ id, detail, children }: { id: string; detail?: ReactNode; children: ReactNode }) =>
  detail ? (
    <span className="menu__item-text">
      <span id={`${id}-label`} className="menu__item-label">
        {children}
      </span>
      <span id={`${id}-detail`} className="menu__item-detail">
        {detail}
      </span>
    </span>
  ) : (
    <span className="menu__item-label">{children}</span>
  );

export const MenuItem = ({ icon, children, onSelect, disabled, detail, tone }: MenuItemProps) => {
  const id = useId();
  const className = cx('menu__item', detail ? 'menu__item--detailed' : undefined, tone ? `menu__item--${tone}` : undefined);
  return (
    <RadixMenu.Item
      className={className}
      disabled={disabled}
      onSelect={onSelect}
      aria-labelledby={detail ? `${id}-label` : undefined}
      aria-describedby={detail ? `${id}-detail` : undefined}
    >
      {icon}
      <ItemText id={id} detail={detail}>
        {children}
      </ItemText>
    </RadixMenu.Item>
  );
};

export const MenuSeparator = () => <RadixMenu.Separator className="menu__separator" />;

/** A heading over a group of items; not focusable, read out as the group's context. */
export const MenuLabel = ({ children }: { children: ReactNode }) => <RadixMenu.Label className="menu__label">{children}</RadixMenu.Label>;

export interface MenuRadioGroupProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  children: ReactNode;
}

/** Items of which exactly one is chosen (menuitemradio), like the account the panel works as. */
export const MenuRadioGroup = ({ label, value, onValueChange, children }: MenuRadioGroupProps) => (
  <RadixMenu.RadioGroup aria-label={label} value={value} onValueChange={onValueChange}>
    {children}
  </RadixMenu.RadioGroup>
);

export interface MenuRadioItemProps {
  value: string;
  children: ReactNode;
  /** A second, quieter line under the item's label. */
  detail?: ReactNode;
  disabled?: boolean;
}

export const MenuRadioItem = ({ value, children, detail, disabled }: MenuRadioItemProps) => (
  <RadixMenu.RadioItem className="menu__item menu__item--radio" value={value} disabled={disabled}>
    <span className="menu__item-indicator">
      <RadixMenu.ItemIndicator>
        <Check />
      </RadixMenu.ItemIndicator>
    </span>
    <span className="menu__item-text">
      <span className="menu__item-label">{children}</span>
      {detail ? <span className="menu__item-detail">{detail}</span> : null}
    </span>
  </RadixMenu.RadioItem>
);

export interface MenuCheckboxItemProps {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  children: ReactNode;
  disabled?: boolean;
  /** A quieter second line, read as the item's description. */
  detail?: ReactNode;
}

/** An item that turns something on or off (menuitemcheckbox); the menu stays open so several can be set. */
export const MenuCheckboxItem = ({ checked, onCheckedChange, children, disabled, detail }: MenuCheckboxItemProps) => {
  const id = useId();
  return (
    <RadixMenu.CheckboxItem
      className={cx('menu__item', 'menu__item--check', detail ? 'menu__item--detailed' : undefined)}
      checked={checked}
      disabled={disabled}
      onCheckedChange={(value) => onCheckedChange(value === true)}
      onSelect={(event) => event.preventDefault()}
      aria-labelledby={detail ? `${id}-label` : undefined}
      aria-describedby={detail ? `${id}-detail` : undefined}
    >
      <span className="menu__item-indicator">
        <RadixMenu.ItemIndicator>
          <Check />
        </RadixMenu.ItemIndicator>
      </span>
      <ItemText id={id} detail={detail}>
        {children}
      </ItemText>
    </RadixMenu.CheckboxItem>
  );
};
