import { useLocation } from 'wouter';
import type { CreatedDroplets } from '../../../../shared/droplet-types';
import { Dialog } from '../../../components/dialog';
import { useCreateDropletActions, useCreateDropletDialog } from '../../../stores/create-droplet-store';
import { CreateDropletForm } from './create-droplet-form';

/**
 * The create form, mounted once for the whole app: it opens from the Droplets screen or an image's
 * pane, and on success shows the Droplets screen with the first new droplet open.
 */
export const CreateDropletDialog = () => {
  const { open, serial, prefill } = useCreateDropletDialog();
  const { close } = useCreateDropletActions();
  const [, navigate] = useLocation();

  const created = ({ droplets }: CreatedDroplets) => {
    close();
    const [first] = droplets;
    if (first !== undefined) navigate(`/droplets?droplet=${first.id}`);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) close();
      }}
      title="Create droplets"
      description="One droplet, or up to ten alike: each name is a droplet."
      size="wide"
    >
      {/* A new form each time it opens, so it starts from its prefill rather than an old draft. */}
      <CreateDropletForm key={serial} prefill={prefill} onCancel={close} onCreated={created} />
    </Dialog>
  );
};
