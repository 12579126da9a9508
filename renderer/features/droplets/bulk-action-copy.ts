import type { BulkActionKind } from './bulk-action-rules';

/**
 * What each bulk action says. The risk sentences say what the single-droplet dialogs say
 * (droplet-action-dialog.tsx keeps its own inline), put for several droplets.
 */
export interface BulkCopy {
  /** The action's name on its button or menu item. */
  label: string;
  /** The dialog's title, given how many droplets the batch goes to. */
  title: (count: string) => string;
  description: string;
  warning?: string;
  tone: 'primary' | 'danger';
}

export const bulkCopy: Record<BulkActionKind, BulkCopy> = {
  power_on: { label: 'Power on', title: (count) => `Power on ${count}?`, description: 'Turns each droplet on.', tone: 'primary' },
  power_off: {
    label: 'Power off',
    title: (count) => `Power off ${count}?`,
    description: 'Cuts the power of each droplet at once, like pulling the plug.',
    warning: 'Unsaved data may be lost and file systems can be damaged. Shut down instead, unless the droplets no longer respond.',
    tone: 'danger',
  },
  shutdown: {
    label: 'Shut down',
    title: (count) => `Shut down ${count}?`,
    description: 'Asks each operating system to shut down cleanly, then turns the droplet off.',
    tone: 'primary',
  },
  reboot: {
    label: 'Reboot',
    title: (count) => `Reboot ${count}?`,
    description: 'Asks each operating system to restart cleanly; each droplet is unreachable for a moment.',
    tone: 'primary',
  },
  power_cycle: {
    label: 'Power cycle',
    title: (count) => `Power cycle ${count}?`,
    description: 'Cuts the power of each droplet and turns it back on, like a hard reset: use it when a reboot does not respond.',
    tone: 'danger',
  },
  snapshot: {
    label: 'Take snapshots',
    title: (count) => `Take snapshots of ${count}`,
    description: 'A full copy of each droplet’s disk; the droplets keep running while it is taken.',
    tone: 'primary',
  },
  enable_backups: {
    label: 'Enable backups',
    title: (count) => `Enable backups for ${count}?`,
    description: 'DigitalOcean backs each droplet up automatically, and charges for it on top of the droplet’s price.',
    tone: 'primary',
  },
  disable_backups: {
    label: 'Disable backups',
    title: (count) => `Disable backups for ${count}?`,
    description: 'DigitalOcean stops backing these droplets up.',
    warning: 'Each droplet’s existing backups are deleted. Take snapshots first if you need copies.',
    tone: 'danger',
  },
  enable_ipv6: {
    label: 'Enable IPv6',
    title: (count) => `Enable IPv6 for ${count}?`,
    description: 'Gives each droplet a public IPv6 address.',
    warning: 'This cannot be undone: IPv6 stays on for each droplet’s life.',
    tone: 'primary',
  },
  delete: {
    label: 'Delete',
    title: (count) => `Delete ${count}?`,
    description: 'Deletes each droplet from DigitalOcean, one request per droplet.',
    warning:
      'This is permanent: the droplets, their disks and their backups are gone for good. Their snapshots, volumes and reserved IPs stay on the account, and keep costing money.',
    tone: 'danger',
  },
};
