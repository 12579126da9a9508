import { ArrowRightLeft, Pencil, Plus, RefreshCcw, Trash2 } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { ImageRow } from '../../../shared/image-types';
import { Dialog } from '../../components/dialog';
import { GuardedButton } from '../../components/guarded-button';
import { useCreateDropletActions } from '../../stores/create-droplet-store';
import { imageActionUnavailable, type ImageActionKind } from './image-action-rules';
import { ConvertBody, DeleteBody, RenameBody, TransferBody } from './image-dialogs';

type DialogKind = Exclude<ImageActionKind, 'create'>;

export interface ImageActionsProps {
  row: ImageRow;
  /** Something runs on the image (the tracker sees it). */
  busy: boolean;
  /** The image is gone: the pane closes. */
  onDeleted: () => void;
}

const titles = (kind: DialogKind, row: ImageRow): { title: string; description: string } => {
  switch (kind) {
    case 'rename':
      return {
        title: `Rename ${row.name}`,
        description: row.type === 'custom' ? 'A custom image’s name, description and distribution can change.' : 'Only the name of this image can change.',
      };
    case 'transfer':
      return { title: `Transfer ${row.name}`, description: 'Copies the image to another region, where droplets can then be created from it.' };
    case 'convert':
      return { title: `Convert ${row.name} to a snapshot?`, description: 'The backup becomes a snapshot of the same droplet.' };
    case 'delete':
      return { title: `Delete ${row.name}?`, description: 'Deletes the image from DigitalOcean.' };
  }
};

/** The image's actions, each disabled with the reason when it cannot apply; the risky ones confirm. */
export const ImageActions = ({ row, busy, onDeleted }: ImageActionsProps) => {
  // The kind outlives `open` so the dialog keeps its content while it animates closed.
  const [dialog, setDialog] = useState<{ kind: DialogKind; open: boolean; serial: number } | null>(null);
  const { open: openCreate } = useCreateDropletActions();
  const reason = (kind: ImageActionKind) => imageActionUnavailable(kind, { row, busy });
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
      <GuardedButton
        size="sm"
        variant="primary"
        icon={<Plus />}
        unavailable={reason('create')}
        onClick={() => openCreate({ image: row.slug ?? row.id, region: row.regions[0] })}
      >
        Create droplet
      </GuardedButton>
      <GuardedButton size="sm" icon={<Pencil />} unavailable={reason('rename')} onClick={() => openDialog('rename')}>
        Rename
      </GuardedButton>
      <GuardedButton size="sm" icon={<ArrowRightLeft />} unavailable={reason('transfer')} onClick={() => openDialog('transfer')}>
        Transfer
      </GuardedButton>
      {row.type === 'backup' ? (
        <GuardedButton size="sm" icon={<RefreshCcw />} unavailable={reason('convert')} onClick={() => openDialog('convert')}>
          Convert to snapshot
        </GuardedButton>
      ) : null}
      <GuardedButton size="sm" variant="danger" icon={<Trash2 />} unavailable={reason('delete')} onClick={() => openDialog('delete')}>
        Delete
      </GuardedButton>
      {dialog === null ? null : (
        <Dialog
          key={dialog.serial}
          open={dialog.open}
          onOpenChange={(isOpen) => {
            if (!isOpen) close();
          }}
          {...titles(dialog.kind, row)}
          size={dialog.kind === 'rename' || dialog.kind === 'transfer' ? 'wide' : 'default'}
        >
          {body(dialog.kind)}
        </Dialog>
      )}
    </div>
  );
};
