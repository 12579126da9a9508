import type { ReactNode } from 'react';
import type { Kernel } from '../../../shared/do-types';
import { Dialog } from '../../components/dialog';
import { ChangeBackupPolicyBody, EnableBackupsBody } from './droplet-action-backups';
import { DeleteBody } from './droplet-action-delete';
import { ConfirmActionBody, RenameBody, SnapshotBody } from './droplet-action-dialogs';
import { RebuildBody, RestoreBody } from './droplet-action-images';
import { ChangeKernelBody } from './droplet-action-kernel';
import { ResizeBody, type ResizeTarget } from './droplet-action-resize';
import type { PaneActionKind } from './droplet-action-rules';

/** What the forms that pick something need to know about the droplet. */
export interface DropletFacts extends ResizeTarget {
  kernel: Kernel | null | undefined;
}

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
      return {
        title: `Enable backups for ${name}`,
        description: 'DigitalOcean backs the droplet up automatically, daily or weekly, and charges for it on top of the droplet’s price.',
      };
    case 'change_backup_policy':
      return { title: `Change when ${name} is backed up`, description: 'Chooses how often DigitalOcean backs the droplet up, and when.' };
    case 'resize':
      return { title: `Resize ${name}`, description: 'Moves the droplet to another size: more or fewer vCPUs and memory, and optionally a larger disk.' };
    case 'rebuild':
      return { title: `Rebuild ${name}`, description: 'Reinstalls the droplet from an image, keeping its name, IP addresses and size.' };
    case 'restore':
      return { title: `Restore ${name} from a backup`, description: 'Puts one of the droplet’s backups back on its disk.' };
    case 'enable_private_networking':
      return { title: `Enable private networking for ${name}?`, description: 'Gives the droplet an address on its region’s private network.' };
    case 'change_kernel':
      return { title: `Change the kernel of ${name}`, description: 'Chooses the kernel DigitalOcean boots the droplet with.' };
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
  /** Undefined until the list's row or DigitalOcean's description is there. */
  facts: DropletFacts | undefined;
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
export const DropletActionDialog = ({ id, name, diskGb, facts, kind, open, shutdownAvailable, onClose, onDeleted, onCloseAutoFocus }: DropletActionDialogProps) => {
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
        return <EnableBackupsBody {...common} />;
      case 'change_backup_policy':
        return <ChangeBackupPolicyBody {...common} />;
      case 'resize':
        return facts ? <ResizeBody {...common} target={facts} /> : null;
      case 'rebuild':
        return facts ? <RebuildBody {...common} name={name} regionSlug={facts.regionSlug} diskGb={facts.diskGb} /> : null;
      case 'restore':
        return <RestoreBody {...common} />;
      case 'change_kernel':
        return <ChangeKernelBody {...common} current={facts?.kernel} />;
      case 'enable_private_networking':
        return (
          <ConfirmActionBody
            {...common}
            action={{ type: 'enable_private_networking' }}
            confirmLabel="Enable private networking"
            warning="Droplets in regions with VPC networks already have a private address through their VPC: there DigitalOcean accepts the request and nothing changes. (The action is missing from DigitalOcean’s published list of action types, but the API still takes it.)"
          />
        );
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
      size={kind === 'resize' || kind === 'rebuild' || kind === 'delete' ? 'wide' : 'default'}
      onCloseAutoFocus={onCloseAutoFocus}
    >
      {body(kind)}
    </Dialog>
  );
};
