import { useState, type ReactNode } from 'react';
import { imageKindUnavailable } from '../../../shared/actions/catalogue';
import { imageKinds, type ImageKind } from '../../../shared/actions/image-kinds';
import type { ImageRow } from '../../../shared/image-types';
import { Dialog } from '../../components/dialog';
import { GuardedButton } from '../../components/guarded-button';
import { useCreateDropletActions } from '../../stores/create-droplet-store';
import { ActionIcon } from '../../components/action-icon';
import { ConvertBody, DeleteBody, RenameBody, TransferBody } from './image-dialogs';

type DialogKind = Exclude<ImageKind, 'create_droplet'>;

/** Wide dialogs hold a form with several fields or a region picker. */
const wideKinds: ReadonlySet<DialogKind> = new Set(['rename', 'transfer']);

export interface ImageActionsProps {
  row: ImageRow;
  /** Something runs on the image (the tracker sees it). */
  busy: boolean;
  /** The image is gone: the pane closes. */
  onDeleted: () => void;
}

/** The dialog's title and what it does, from the catalogue; a rename says what of this image can change. */
const titles = (kind: DialogKind, row: ImageRow): { title: string; description: string } => {
  const { words } = imageKinds[kind];
  if (kind !== 'rename') return { title: words.title(row.name), description: words.description };
  return {
    title: words.title(row.name),
    description: row.type === 'custom' ? 'A custom image’s name, description and distribution can change.' : 'Only the name of this image can change.',
  };
};

/** The image's actions, each disabled with the reason when it cannot apply; the risky ones confirm. */
export const ImageActions = ({ row, busy, onDeleted }: ImageActionsProps) => {
  // The kind outlives `open` so the dialog keeps its content while it animates closed.
  const [dialog, setDialog] = useState<{ kind: DialogKind; open: boolean; serial: number } | null>(null);
  const { open: openCreate } = useCreateDropletActions();
  const reason = (kind: ImageKind) => imageKindUnavailable(kind, { row, busy });
  const button = (kind: ImageKind, onClick: () => void) => (
    <GuardedButton
      size="sm"
      variant={kind === 'create_droplet' ? 'primary' : imageKinds[kind].tone === 'danger' ? 'danger' : undefined}
      icon={<ActionIcon name={imageKinds[kind].icon} />}
      unavailable={reason(kind)}
      onClick={onClick}
    >
      {imageKinds[kind].words.verb}
    </GuardedButton>
  );
  const openDialog = (kind: DialogKind) => setDialog((last) => ({ kind, open: true, serial: (last?.serial ?? 0) + 1 }));
  const close = () => setDialog((last) => (last === null ? null : { ...last, open: false }));

  const body = (kind: DialogKind): ReactNode => {
    const common = { row, onCancel: close, onDone: close };
    switch (kind) {
      case 'rename':
        return <RenameBody {...common} />;
      case 'transfer':
        return <TransferBody {...common} />;
      case 'convert':
        return <ConvertBody {...common} />;
      case 'delete':
        // The image is gone: the pane, and the dialog with it, closes at once.
        return <DeleteBody {...common} onDone={onDeleted} />;
    }
  };

  return (
    <div className="image-actions" role="group" aria-label="Image actions">
      {button('create_droplet', () => openCreate({ image: row.slug ?? row.id, region: row.regions[0] }))}
      {button('rename', () => openDialog('rename'))}
      {button('transfer', () => openDialog('transfer'))}
      {/* Only a backup converts: elsewhere the button would only ever be unavailable. */}
      {row.type === 'backup' ? button('convert', () => openDialog('convert')) : null}
      {button('delete', () => openDialog('delete'))}
      {dialog === null ? null : (
        <Dialog
          key={dialog.serial}
          open={dialog.open}
          onOpenChange={(isOpen) => {
            if (!isOpen) close();
          }}
          {...titles(dialog.kind, row)}
          size={wideKinds.has(dialog.kind) ? 'wide' : 'default'}
        >
          {body(dialog.kind)}
        </Dialog>
      )}
    </div>
  );
};
