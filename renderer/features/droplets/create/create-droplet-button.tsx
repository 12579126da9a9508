import { Plus } from 'lucide-react';
import { Button } from '../../../components/button';
import { useCreateDropletActions } from '../../../stores/create-droplet-store';

/** Opens the create form, empty: for places with no image or region to start from. */
export const CreateDropletButton = ({ label = 'Create droplet' }: { label?: string }) => {
  const { open } = useCreateDropletActions();
  return (
    <Button variant="primary" icon={<Plus aria-hidden="true" />} onClick={() => open()}>
      {label}
    </Button>
  );
};
