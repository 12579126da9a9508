import {
  ArchiveRestore,
  Camera,
  CalendarClock,
  CircleStop,
  Cpu,
  Ellipsis,
  Globe,
  HardDriveDownload,
  KeyRound,
  Network,
  Pencil,
  Power,
  PowerOff,
  RefreshCw,
  RotateCcw,
  Save,
  Scaling,
  ShieldOff,
  Trash2,
} from 'lucide-react';
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../components/button';
import { GuardedButton } from '../../components/guarded-button';
import { Menu, MenuContent, MenuItem, MenuSeparator, MenuTrigger } from '../../components/menu';
import { ActionFailure } from './action-failure';
import type { DialogKind, DropletFacts } from './droplet-action-dialog';
import { ResizeFlowStatus } from './droplet-action-resize';
import { unavailableReason, type DropletActionState, type PaneActionKind } from './droplet-action-rules';
import { useRunDropletAction } from './mutations';
import { isResizeFlowRunning, useResizeFlow } from './resize-flow-store';
import './droplet-actions.css';
import './droplet-action-forms.css';

// The dialogs are loaded when one first opens: most visits to a droplet only read it.
const DropletActionDialog = lazy(() => import('./droplet-action-dialog').then((module) => ({ default: module.DropletActionDialog })));

export interface DropletActionsProps {
  id: number;
  name: string;
  state: DropletActionState;
  diskGb: number | undefined;
  /** What the forms that pick something (a size, an image, a kernel) need; undefined while nothing is loaded. */
  facts: DropletFacts | undefined;
  /** The droplet is gone: the pane closes. */
  onDeleted: () => void;
}

interface MenuEntry {
  kind: DialogKind;
  label: string;
  icon: ReactNode;
}

const powerEntries: MenuEntry[] = [
  { kind: 'shutdown', label: 'Shut down', icon: <CircleStop /> },
  { kind: 'reboot', label: 'Reboot', icon: <RotateCcw /> },
  { kind: 'power_cycle', label: 'Power cycle', icon: <RefreshCw /> },
];

const otherEntries: MenuEntry[] = [
  { kind: 'rename', label: 'Rename…', icon: <Pencil /> },
  { kind: 'resize', label: 'Resize…', icon: <Scaling /> },
  { kind: 'snapshot', label: 'Take snapshot…', icon: <Camera /> },
  { kind: 'enable_backups', label: 'Enable backups…', icon: <Save /> },
  { kind: 'change_backup_policy', label: 'Change backup policy…', icon: <CalendarClock /> },
  { kind: 'disable_backups', label: 'Disable backups', icon: <ShieldOff /> },
  { kind: 'enable_ipv6', label: 'Enable IPv6', icon: <Globe /> },
  { kind: 'enable_private_networking', label: 'Enable private networking', icon: <Network /> },
  { kind: 'change_kernel', label: 'Change kernel…', icon: <Cpu /> },
  { kind: 'password_reset', label: 'Reset root password', icon: <KeyRound /> },
];

/** What replaces the disk's content: grouped apart, above Delete. */
const diskEntries: MenuEntry[] = [
  { kind: 'rebuild', label: 'Rebuild…', icon: <HardDriveDownload /> },
  { kind: 'restore', label: 'Restore from backup…', icon: <ArchiveRestore /> },
];

/** The power toggles, and every other action without a picker in a menu; each confirms as its risk asks. */
export const DropletActions = ({ id, name, state, diskGb, facts, onDeleted }: DropletActionsProps) => {
  // The kind outlives `open` so the dialog keeps its content while it animates closed.
  const [dialog, setDialog] = useState<{ kind: DialogKind; open: boolean; serial: number } | null>(null);
  const powerOn = useRunDropletAction(id);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const openingDialog = useRef(false);
  const deleted = useRef(false);
  const resizeFlow = useResizeFlow(id);
  const resizeFlowRunning = isResizeFlowRunning(resizeFlow);
  const reason = (kind: PaneActionKind) => unavailableReason(kind, { ...state, resizeFlowRunning });

  const openDialog = (kind: DialogKind) => {
    openingDialog.current = true;
    setDialog((last) => ({ kind, open: true, serial: (last?.serial ?? 0) + 1 }));
  };
  const close = () => setDialog((last) => (last === null ? null : { ...last, open: false }));

  const menuItem = ({ kind, label, icon }: MenuEntry) => {
    const why = reason(kind);
    return (
      <MenuItem key={kind} icon={icon} disabled={why !== null} detail={why ?? undefined} onSelect={() => openDialog(kind)}>
        {label}
      </MenuItem>
    );
  };

  return (
    <div className="droplet-actions">
      <div className="droplet-actions__bar" role="group" aria-label="Droplet actions">
        <GuardedButton
          size="sm"
          icon={<Power />}
          unavailable={reason('power_on')}
          busy={powerOn.isPending}
          onClick={() => {
            if (!powerOn.isPending) powerOn.mutate({ type: 'power_on' });
          }}
        >
          Power on
        </GuardedButton>
        <GuardedButton size="sm" icon={<PowerOff />} unavailable={reason('power_off')} onClick={() => openDialog('power_off')}>
          Power off
        </GuardedButton>
        <Menu>
          <MenuTrigger asChild>
            <Button ref={triggerRef} size="sm" icon={<Ellipsis />}>
              More actions
            </Button>
          </MenuTrigger>
          <MenuContent
            align="end"
            label="More actions"
            onCloseAutoFocus={(event) => {
              if (openingDialog.current) event.preventDefault();
              openingDialog.current = false;
            }}
          >
            {powerEntries.map(menuItem)}
            <MenuSeparator />
            {otherEntries.map(menuItem)}
            <MenuSeparator />
            {diskEntries.map(menuItem)}
            <MenuItem
              icon={<Trash2 />}
              tone="danger"
              disabled={reason('delete') !== null}
              detail={reason('delete') ?? undefined}
              onSelect={() => openDialog('delete')}
            >
              Delete…
            </MenuItem>
          </MenuContent>
        </Menu>
      </div>
      {powerOn.error ? <ActionFailure title="Couldn't power on the droplet" error={powerOn.error} /> : null}
      {resizeFlow && !(dialog?.open && dialog.kind === 'resize') ? <ResizeFlowStatus id={id} flow={resizeFlow} /> : null}
      {dialog === null ? null : (
        <Suspense fallback={null}>
          <DropletActionDialog
            key={dialog.serial}
            id={id}
            name={name}
            diskGb={diskGb}
            facts={facts}
            kind={dialog.kind}
            open={dialog.open}
            shutdownAvailable={reason('shutdown') === null}
            onClose={close}
            onDeleted={() => {
              deleted.current = true;
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              if (deleted.current) onDeleted();
              else triggerRef.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
};
