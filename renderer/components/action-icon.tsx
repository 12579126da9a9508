import {
  ArchiveRestore,
  ArrowRightLeft,
  CalendarClock,
  Camera,
  CircleStop,
  Cpu,
  Globe,
  HardDriveDownload,
  KeyRound,
  Network,
  Pencil,
  Plus,
  Power,
  PowerOff,
  RefreshCcw,
  RefreshCw,
  RotateCcw,
  Save,
  Scaling,
  ShieldOff,
  Trash2,
  type LucideIcon,
} from 'lucide-react';
import type { IconName } from '../../shared/actions/droplet-kinds';

const icons: Record<IconName, LucideIcon> = {
  power: Power,
  'power-off': PowerOff,
  'circle-stop': CircleStop,
  'rotate-ccw': RotateCcw,
  'refresh-cw': RefreshCw,
  pencil: Pencil,
  scaling: Scaling,
  camera: Camera,
  save: Save,
  'calendar-clock': CalendarClock,
  'shield-off': ShieldOff,
  globe: Globe,
  network: Network,
  cpu: Cpu,
  'key-round': KeyRound,
  'hard-drive-download': HardDriveDownload,
  'archive-restore': ArchiveRestore,
  trash: Trash2,
  plus: Plus,
  'arrow-right-left': ArrowRightLeft,
  'refresh-ccw': RefreshCcw,
};

/** The icon the catalogue names for an action kind. */
export const ActionIcon = ({ name }: { name: IconName }) => {
  const Icon = icons[name];
  return <Icon />;
};
