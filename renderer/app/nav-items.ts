import { Activity, KeyRound, Layers, Server, Settings, Users, type LucideIcon } from 'lucide-react';
import { areas, type Area } from '../../shared/app-types';
import { areaPath } from '../routing/area-path';

export interface NavItem {
  area: Area;
  path: string;
  label: string;
  icon: LucideIcon;
}

/** A Record, so adding an area to the contract fails to compile until it has a place in the sidebar. */
const presentation: Record<Area, { label: string; icon: LucideIcon }> = {
  droplets: { label: 'Droplets', icon: Server },
  images: { label: 'Images', icon: Layers },
  'ssh-keys': { label: 'SSH keys', icon: KeyRound },
  activity: { label: 'Activity', icon: Activity },
  accounts: { label: 'Accounts', icon: Users },
  settings: { label: 'Settings', icon: Settings },
};

/** The sidebar's entries, in the contract's order. */
export const navItems: readonly NavItem[] = areas.map((area) => ({ area, path: areaPath(area), ...presentation[area] }));
