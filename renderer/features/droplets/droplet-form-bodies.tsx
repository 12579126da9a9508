import type { ReactNode } from 'react';
import type { DropletDeclarations, DropletKind } from '../../../shared/actions/droplet-kinds';
import type { Kernel } from '../../../shared/do-types';
import { ChangeBackupPolicyBody, EnableBackupsBody } from './droplet-action-backups';
import { DeleteBody } from './droplet-action-delete';
import { RenameBody, SnapshotBody } from './droplet-action-dialogs';
import { RebuildBody, RestoreBody } from './droplet-action-images';
import { ChangeKernelBody } from './droplet-action-kernel';
import { ResizeBody, type ResizeTarget } from './droplet-action-resize';

/** What the forms that pick something need to know about the droplet. */
export interface DropletFacts extends ResizeTarget {
  kernel: Kernel | null | undefined;
}

/** The kinds the catalogue marks as opening a form. */
export type FormKind = { [K in DropletKind]: DropletDeclarations[K] extends { form: true } ? K : never }[DropletKind];

/** Everything a form body may need; each takes what it uses. */
export interface FormBodyProps {
  id: number;
  name: string;
  diskGb: number | undefined;
  /** Undefined until the list's row or DigitalOcean's description is there. */
  facts: DropletFacts | undefined;
  onCancel: () => void;
  /** The request went: the dialog closes. */
  onDone: () => void;
  /** The droplet is gone (the dialog then closes, and the pane with it). */
  onDeleted: () => void;
}

/**
 * The form of each kind that has one: the one place a new form is registered. The compiler holds this
 * to the catalogue: a kind marked `form` without a body here does not build.
 */
export const formBodies: { readonly [K in FormKind]: (props: FormBodyProps) => ReactNode } = {
  rename: ({ id, name, onCancel, onDone }) => <RenameBody id={id} name={name} onCancel={onCancel} onDone={onDone} />,
  resize: ({ id, facts, onCancel, onDone }) => (facts ? <ResizeBody id={id} target={facts} onCancel={onCancel} onDone={onDone} /> : null),
  snapshot: ({ id, name, diskGb, facts, onCancel, onDone }) => (
    <SnapshotBody id={id} name={name} diskGb={diskGb} status={facts?.status} onCancel={onCancel} onDone={onDone} />
  ),
  enable_backups: ({ id, onCancel, onDone }) => <EnableBackupsBody id={id} onCancel={onCancel} onDone={onDone} />,
  change_backup_policy: ({ id, onCancel, onDone }) => <ChangeBackupPolicyBody id={id} onCancel={onCancel} onDone={onDone} />,
  change_kernel: ({ id, facts, onCancel, onDone }) => <ChangeKernelBody id={id} current={facts?.kernel} onCancel={onCancel} onDone={onDone} />,
  rebuild: ({ id, name, facts, onCancel, onDone }) =>
    facts ? <RebuildBody id={id} name={name} regionSlug={facts.regionSlug} diskGb={facts.diskGb} onCancel={onCancel} onDone={onDone} /> : null,
  restore: ({ id, name, onCancel, onDone }) => <RestoreBody id={id} name={name} onCancel={onCancel} onDone={onDone} />,
  delete: ({ id, name, onCancel, onDone, onDeleted }) => (
    <DeleteBody
      id={id}
      name={name}
      onCancel={onCancel}
      onDone={() => {
        onDeleted();
        onDone();
      }}
    />
  ),
};

export const hasForm = (kind: DropletKind): kind is FormKind => Object.hasOwn(formBodies, kind);
