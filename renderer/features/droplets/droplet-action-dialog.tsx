import type { ReactNode } from 'react';
import { Dialog } from '../../components/dialog';
import { ConfirmActionBody, DeleteBody, RenameBody, SnapshotBody } from './droplet-action-dialogs';
import type { PaneActionKind } from './droplet-action-rules';

/** The actions that confirm in a dialog: all but Power on, which is harmless. */
export type DialogKind = Exclude<PaneActionKind, 'power_on'>;

interface DialogCopy {
  title: string;
  description: string;
}

const copy = (kind: DialogKind, name: string): DialogCopy => {
  switch (kind) {
    case 'power_off':
      return { title: `Power off ${name}?`, description: 'Cuts the power at once, like pulling the plug.' };
    case 'shutdown':
      return { title: `Shut down ${name}?`, description: 'Asks the operating system to shut down cleanly, then turns the droplet off.' };
    case 'reboot':
      return { title: `Reboot ${name}?`, description: 'Asks the operating system to restart cleanly; the droplet is unreachable for a moment.' };
    case 'power_cycle':
      return { title: `Power cycle ${name}?`, description: 'Cuts the power and turns it back on, like a hard reset: use it when a reboot does not respond.' };
    case 'rename':
      return { title: `Rename ${name}`, description: 'The new name is also the droplet’s hostname on DigitalOcean.' };
    case 'snapshot':
      return { title: `Take a snapshot of ${name}`, description: 'A full copy of the droplet’s disk, which you can restore or create droplets from.' };
    case 'enable_backups':
      return { title: `Enable backups for ${name}?`, description: 'DigitalOcean backs the droplet up automatically, and charges for it on top of the droplet’s price.' };
    case 'disable_backups':
      return { title: `Disable backups for ${name}?`, description: 'DigitalOcean stops backing the droplet up.' };
    case 'enable_ipv6':
      return { title: `Enable IPv6 for ${name}?`, description: 'Gives the droplet a public IPv6 address.' };
    case 'password_reset':
      return {
        title: `Reset the root password of ${name}?`,
        description: 'DigitalOcean emails a new root password to the account’s address; you must change it when you first log in with it.',
      };
    case 'delete':
      return { title: `Delete ${name}?`, description: 'Deletes the droplet from DigitalOcean.' };
  }
};

export interface DropletActionDialogProps {
  id: number;
  name: string;
  diskGb: number | undefined;
  /** The dialog's action; it stays set while the dialog animates closed. */
  kind: DialogKind;
  open: boolean;
  /** Offer "Shut down instead" in the Power off dialog. */
  shutdownAvailable: boolean;
  onClose: () => void;
  /** The droplet was deleted (the dialog then closes). */
  onDeleted: () => void;
  onCloseAutoFocus: (event: Event) => void;
}

/** What an action does and its confirmation, in a dialog; loaded the first time one opens. */
export const DropletActionDialog = ({ id, name, diskGb, kind, open, shutdownAvailable, onClose, onDeleted, onCloseAutoFocus }: DropletActionDialogProps) => {
  const close = onClose;
  const body = (kind: DialogKind): ReactNode => {
    const common = { id, onCancel: close, onDone: close };
    switch (kind) {
      case 'rename':
        return <RenameBody {...common} name={name} />;
      case 'snapshot':
        return <SnapshotBody {...common} name={name} diskGb={diskGb} />;
      case 'delete':
        return (
          <DeleteBody
            {...common}
            name={name}
            onDone={() => {
              onDeleted();
              close();
            }}
          />
        );
      case 'power_off':
        return (
          <ConfirmActionBody
            {...common}
            action={{ type: 'power_off' }}
            confirmLabel="Power off"
            tone="danger"
            warning="Unsaved data may be lost and the file system can be damaged. Shut down instead, unless the droplet no longer responds."
            alternative={shutdownAvailable ? { label: 'Shut down instead', action: { type: 'shutdown' } } : undefined}
          />
        );
      case 'disable_backups':
        return (
          <ConfirmActionBody
            {...common}
            action={{ type: 'disable_backups' }}
            confirmLabel="Disable backups"
            tone="danger"
            warning="The droplet’s existing backups are deleted. Take a snapshot first if you need a copy."
          />
        );
      case 'enable_ipv6':
        return (
          <ConfirmActionBody {...common} action={{ type: 'enable_ipv6' }} confirmLabel="Enable IPv6" warning="This cannot be undone: IPv6 stays on for the droplet’s life." />
        );
      case 'shutdown':
        return <ConfirmActionBody {...common} action={{ type: 'shutdown' }} confirmLabel="Shut down" />;
      case 'reboot':
        return <ConfirmActionBody {...common} action={{ type: 'reboot' }} confirmLabel="Reboot" />;
      case 'power_cycle':
        return <ConfirmActionBody {...common} action={{ type: 'power_cycle' }} confirmLabel="Power cycle" tone="danger" />;
      case 'enable_backups':
        return <ConfirmActionBody {...common} action={{ type: 'enable_backups' }} confirmLabel="Enable backups" />;
      case 'password_reset':
        return <ConfirmActionBody {...common} action={{ type: 'password_reset' }} confirmLabel="Reset password" />;
    }
  };

  const { title, description } = copy(kind, name);
  return (
    <Dialog
      open={open}
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
      title={title}
      description={description}
      onCloseAutoFocus={onCloseAutoFocus}
    >
      {body(kind)}
    </Dialog>
  );
};
