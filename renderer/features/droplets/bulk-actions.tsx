import { Ellipsis, X } from 'lucide-react';
import { lazy, Suspense, useRef, useState } from 'react';
import { dropletKinds } from '../../../shared/actions/droplet-kinds';
import { bulkKinds } from '../../../shared/actions/catalogue';
import type { InFlightAction } from '../../../shared/action-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { ActionIcon } from '../../components/action-icon';
import { Button } from '../../components/button';
import { GuardedButton } from '../../components/guarded-button';
import { Menu, MenuContent, MenuItem, MenuSeparator, MenuTrigger } from '../../components/menu';
import { useProvidePaletteCommands } from '../../stores/palette-commands-store';
import { bulkCopy } from './bulk-action-copy';
import { splitTargets, type BulkActionKind } from './bulk-action-rules';
import './bulk-actions.css';

// The dialog is loaded when one first opens.
const BulkActionDialog = lazy(() => import('./bulk-action-dialog').then((module) => ({ default: module.BulkActionDialog })));

export interface BulkActionsProps {
  /** The selected droplets, as the list shows them now. */
  rows: readonly DropletRow[];
  running: ReadonlyMap<number, InFlightAction>;
  onClear: () => void;
  /** Said beside the count when the selection was made on a list that is not whole. */
  partial?: string;
}

/** The bulk kinds behind the menu, grouped as the pane's menu groups them; the bar's are buttons. */
const menuKinds = (group: 'power' | 'other' | 'danger'): BulkActionKind[] =>
  (bulkKinds as BulkActionKind[]).filter((kind) => {
    const menu = dropletKinds[kind].menu;
    return group === 'other' ? menu === 'other' || menu === 'disk' : menu === group;
  });

/**
 * The bar over the list while droplets are selected: how many, Clear, and the actions that can run on
 * several at once. An action none of them can take now is unavailable, with the first reason.
 */
export const BulkActions = ({ rows, running, onClear, partial }: BulkActionsProps) => {
  // The kind and rows outlive `open` so the dialog keeps its content while it animates closed.
  const [dialog, setDialog] = useState<{ kind: BulkActionKind; rows: readonly DropletRow[]; fromMenu: boolean; open: boolean; serial: number } | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const openingDialog = useRef(false);

  const unavailable = (kind: BulkActionKind): string | null => {
    const { targets, skipped } = splitTargets(kind, rows, running);
    if (targets.length > 0) return null;
    const reason = skipped[0]?.reason ?? '';
    return rows.length === 1 ? reason : `None of the selected droplets can: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  };
  const showDialog = (kind: BulkActionKind, fromMenu: boolean) =>
    setDialog((last) => ({ kind, rows, fromMenu, open: true, serial: (last?.serial ?? 0) + 1 }));
  const openDialog = (kind: BulkActionKind, fromMenu: boolean) => {
    openingDialog.current = fromMenu;
    showDialog(kind, fromMenu);
  };

  // The palette offers what this bar offers, with the same reasons and the same confirmation. Focus
  // comes back to the menu's button when the dialog closes, as after a menu item.
  useProvidePaletteCommands('bulk-actions', () => ({
    heading: `Actions on the ${rows.length} selected droplet${rows.length === 1 ? '' : 's'}`,
    commands: (bulkKinds as BulkActionKind[]).map((kind) => ({
      id: `bulk-action:${kind}`,
      label: `${bulkCopy(kind).verb}…`,
      icon: dropletKinds[kind].icon,
      danger: dropletKinds[kind].menu === 'danger',
      unavailable: unavailable(kind),
      run: () => showDialog(kind, true),
    })),
  }));
  const fromMenu = (kind: BulkActionKind) => openDialog(kind, true);
  const close = () => setDialog((last) => (last === null ? null : { ...last, open: false }));

  return (
    <div className="bulk-actions" role="group" aria-label="Selected droplets">
      <p className="bulk-actions__count" role="status">
        {rows.length} selected{partial === undefined ? null : ` — ${partial}`}
      </p>
      <Button size="sm" variant="ghost" icon={<X />} onClick={onClear}>
        Clear
      </Button>
      <span className="bulk-actions__divider" aria-hidden="true" />
      {(['power_on', 'power_off'] as const).map((kind) => (
        <GuardedButton key={kind} size="sm" icon={<ActionIcon name={dropletKinds[kind].icon} />} unavailable={unavailable(kind)} onClick={() => openDialog(kind, false)}>
          {bulkCopy(kind).verb}
        </GuardedButton>
      ))}
      <Menu>
        <MenuTrigger asChild>
          <Button ref={triggerRef} size="sm" icon={<Ellipsis />}>
            More bulk actions
          </Button>
        </MenuTrigger>
        <MenuContent
          align="start"
          label="More bulk actions"
          onCloseAutoFocus={(event) => {
            if (openingDialog.current) event.preventDefault();
            openingDialog.current = false;
          }}
        >
          {(['power', 'other', 'danger'] as const).map((group, index) => [
            index > 0 ? <MenuSeparator key={`${group}-start`} /> : null,
            ...menuKinds(group).map((kind) => <BulkMenuItem key={kind} kind={kind} why={unavailable(kind)} onSelect={fromMenu} />),
          ])}
        </MenuContent>
      </Menu>
      {dialog === null ? null : (
        <Suspense fallback={null}>
          <BulkActionDialog
            key={dialog.serial}
            kind={dialog.kind}
            rows={dialog.rows}
            running={running}
            open={dialog.open}
            onClose={close}
            onCloseAutoFocus={(event) => {
              // The menu item that opened it is gone: focus goes back to the menu's button. Otherwise
              // the dialog returns it to what opened it, or to the page when that went with the rows.
              if (!dialog.fromMenu || !triggerRef.current?.isConnected) return;
              event.preventDefault();
              triggerRef.current.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
};

const BulkMenuItem = ({ kind, why, onSelect }: { kind: BulkActionKind; why: string | null; onSelect: (kind: BulkActionKind) => void }) => (
  <MenuItem
    icon={<ActionIcon name={dropletKinds[kind].icon} />}
    tone={dropletKinds[kind].menu === 'danger' ? 'danger' : undefined}
    disabled={why !== null}
    detail={why ?? undefined}
    onSelect={() => onSelect(kind)}
  >
    {`${bulkCopy(kind).verb}…`}
  </MenuItem>
);
