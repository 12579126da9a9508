import type { ReactNode } from 'react';
import { dropletKinds, type DropletKind } from '../../../shared/actions/droplet-kinds';
import { Dialog } from '../../components/dialog';
import { ConfirmActionBody } from './droplet-action-dialogs';
import { formBodies, hasForm, type DropletFacts, type FormKind } from './droplet-form-bodies';
import type { DropletActionRequest } from './mutations';

/** The actions that confirm in a dialog: all but Power on, which is harmless. */
export type DialogKind = Exclude<DropletKind, 'power_on'>;

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

/**
 * A kind without a form: the catalogue's warning and tone, and its verb on the button. Power off offers
 * the clean shutdown beside it while the droplet can take one.
 */
const confirmBody = (kind: Exclude<DialogKind, FormKind>, common: { id: number; onCancel: () => void; onDone: () => void }, shutdownAvailable: boolean): ReactNode => {
  const { words, tone } = dropletKinds[kind];
  const shutdown = dropletKinds.shutdown.words.verb;
  return (
    <ConfirmActionBody
      {...common}
      // A kind without a form sends no field of its own: the catalogue test holds every such kind to that.
      action={{ type: kind } as DropletActionRequest}
      confirmLabel={words.verb}
      tone={tone}
      warning={words.warning}
      alternative={kind === 'power_off' && shutdownAvailable ? { label: `${shutdown} instead`, action: { type: 'shutdown' } } : undefined}
    />
  );
};

/** What an action does and its confirmation, in a dialog; loaded the first time one opens. */
export const DropletActionDialog = ({ id, name, diskGb, facts, kind, open, shutdownAvailable, onClose, onDeleted, onCloseAutoFocus }: DropletActionDialogProps) => {
  const common = { id, onCancel: onClose, onDone: onClose };
  const body = hasForm(kind) ? formBodies[kind]({ ...common, name, diskGb, facts, onDeleted }) : confirmBody(kind, common, shutdownAvailable);

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
      {body}
    </Dialog>
  );
};
