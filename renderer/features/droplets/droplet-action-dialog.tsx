import type { ReactNode } from 'react';
import { dropletKinds, type DropletKind } from '../../../shared/actions/droplet-kinds';
import type { Kernel } from '../../../shared/do-types';
import { Dialog } from '../../components/dialog';
import { ChangeBackupPolicyBody, EnableBackupsBody } from './droplet-action-backups';
import { DeleteBody } from './droplet-action-delete';
import { ConfirmActionBody, RenameBody, SnapshotBody } from './droplet-action-dialogs';
import { RebuildBody, RestoreBody } from './droplet-action-images';
import { ChangeKernelBody } from './droplet-action-kernel';
import { ResizeBody, type ResizeTarget } from './droplet-action-resize';


/** What the forms that pick something need to know about the droplet. */
export interface DropletFacts extends ResizeTarget {
  kernel: Kernel | null | undefined;
}

/** The actions that confirm in a dialog: all but Power on, which is harmless. */
export type DialogKind = Exclude<DropletKind, 'power_on'>;

/** The kinds whose dialog is the catalogue's words and one confirmation, with no form of their own. */
type ConfirmKind = Exclude<DialogKind, 'rename' | 'snapshot' | 'delete' | 'enable_backups' | 'change_backup_policy' | 'resize' | 'rebuild' | 'restore' | 'change_kernel'>;

/** Wide dialogs hold a picker or a list. */
const wideKinds: ReadonlySet<DialogKind> = new Set(['resize', 'rebuild', 'delete']);

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
/**
 * A kind without a form: the catalogue's warning and tone, and its verb on the button. Power off offers
 * the clean shutdown beside it while the droplet can take one.
 */
const confirmBody = (kind: ConfirmKind, common: { id: number; onCancel: () => void; onDone: () => void }, shutdownAvailable: boolean): ReactNode => {
  const { words, tone } = dropletKinds[kind];
  const shutdown = dropletKinds.shutdown.words.verb;
  return (
    <ConfirmActionBody
      {...common}
      action={{ type: kind }}
      confirmLabel={words.verb}
      tone={tone}
      warning={words.warning}
      alternative={kind === 'power_off' && shutdownAvailable ? { label: `${shutdown} instead`, action: { type: 'shutdown' } } : undefined}
    />
  );
};

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
      default:
        return confirmBody(kind, common, shutdownAvailable);
    }
  };

  const { title, description } = dropletKinds[kind].words;
  return (
    <Dialog
      open={open}
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
      title={title(name)}
      description={description}
      size={wideKinds.has(kind) ? 'wide' : 'default'}
      onCloseAutoFocus={onCloseAutoFocus}
    >
      {body(kind)}
    </Dialog>
  );
};
