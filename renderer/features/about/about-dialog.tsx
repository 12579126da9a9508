import { Dialog } from '../../components/dialog';
import { AppInfoPanel } from './app-info-panel';

export interface AboutDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: (event: Event) => void;
}

/** App information loads when the dialog opens: its content is only mounted while it is open. */
export const AboutDialog = ({ open, onOpenChange, onCloseAutoFocus }: AboutDialogProps) => (
  <Dialog open={open} onOpenChange={onOpenChange} title="About DigitalOcean Panel" onCloseAutoFocus={onCloseAutoFocus}>
    <AppInfoPanel />
  </Dialog>
);
