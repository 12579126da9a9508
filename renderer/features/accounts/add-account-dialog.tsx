import { useState } from 'react';
import type { DescribedAccount } from '../../../shared/account-types';
import { Dialog } from '../../components/dialog';
import { useAddAccountDialogActions, useAddAccountDialogOpen } from '../../stores/add-account-dialog-store';
import { AddAccountForm } from './add-account-form';
import { AddedAccount } from './added-account';

/** The form, then what was added. Mounted only while the dialog is open, so each opening starts afresh. */
const AddAccountFlow = ({ onClose }: { onClose: () => void }) => {
  const [added, setAdded] = useState<DescribedAccount | null>(null);
  return added ? <AddedAccount account={added} onDone={onClose} /> : <AddAccountForm onAdded={setAdded} onCancel={onClose} />;
};

/**
 * The one add-account dialog, mounted by the shell and opened through its store from wherever the
 * user asks to add an account. When the welcome screen that opened it has given way to the droplets,
 * focus goes back to the page on closing (see components/dialog).
 */
export const AddAccountDialog = () => {
  const open = useAddAccountDialogOpen();
  const { close } = useAddAccountDialogActions();
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) close();
      }}
      title="Add a DigitalOcean account"
      size="wide"
    >
      {open ? <AddAccountFlow onClose={close} /> : null}
    </Dialog>
  );
};
