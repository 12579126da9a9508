import type { Account } from '../../../shared/account-types';
import type { ActionSettled, InFlightAction } from '../../../shared/action-types';
import type { Area } from '../../../shared/app-types';
import { inFlightLabel, inFlightSummary, settledLabel } from './tray-labels';

/** What a tray menu item does when clicked. */
export type TrayCommand =
  | { type: 'open-panel'; area?: Area }
  | { type: 'switch-account'; accountId: string }
  | { type: 'quit' };

/** One menu item; an item without a command is information only. */
export interface TrayItem {
  id: string;
  label: string;
  enabled: boolean;
  /** Radio items make up the account switcher. */
  kind: 'normal' | 'radio';
  /** For radio items: the active account. */
  checked?: boolean;
  command?: TrayCommand;
}

/** A group of items; the menu puts a separator between sections. */
export interface TraySection {
  id: 'in-flight' | 'recent' | 'panel' | 'accounts' | 'app';
  items: TrayItem[];
}

/** Everything the tray shows, as plain data: the Electron side only draws it. */
export interface TrayModel {
  tooltip: string;
  /** Shown beside the icon in the macOS menu bar: the number in flight, or nothing. */
  title: string;
  /** Actions in flight, for a badge where the platform has one. */
  badgeCount: number;
  sections: TraySection[];
}

/** What the account switcher needs to know of an account. */
export type TrayAccount = Pick<Account, 'id' | 'name' | 'status'>;

/** What the tray model is made from. */
export interface TrayModelInput {
  appName: string;
  inFlight: readonly InFlightAction[];
  /** Newest first. */
  recent: readonly ActionSettled[];
  /** Empty until the accounts are known: the switcher is left out. */
  accounts: readonly TrayAccount[];
  activeId: string | null;
}

/** A bulk action on fifty Droplets should not make a menu taller than the screen. */
export const MAX_IN_FLIGHT_ITEMS = 8;

const showActivity: TrayCommand = { type: 'open-panel', area: 'activity' };

const info = (id: string, label: string): TrayItem => ({ id, label, enabled: false, kind: 'normal' });

const unusable: Partial<Record<TrayAccount['status'], string>> = {
  'token-missing': 'token missing',
  'keychain-unavailable': 'keychain unavailable',
};

const accountItem = (account: TrayAccount, activeId: string | null): TrayItem => {
  const active = account.id === activeId;
  const problem = unusable[account.status];
  return {
    id: `account:${account.id}`,
    label: problem ? `${account.name} (${problem})` : account.name,
    // Switching to the account in use would only reset the tracker; an unusable one would fail.
    enabled: active || !problem,
    kind: 'radio',
    checked: active,
    ...(active || problem ? {} : { command: { type: 'switch-account', accountId: account.id } }),
  };
};

/** The tray's menu, tooltip and count from what the tracker and the accounts service report. */
export const buildTrayModel = ({ appName, inFlight, recent, accounts, activeId }: TrayModelInput): TrayModel => {
  const count = inFlight.length;
  const hidden = count - MAX_IN_FLIGHT_ITEMS;
  const sections: TraySection[] = [
    {
      id: 'in-flight',
      items: [
        info('in-flight:summary', inFlightSummary(count)),
        ...inFlight.slice(0, MAX_IN_FLIGHT_ITEMS).map((action) => ({
          id: action.key,
          label: inFlightLabel(action),
          enabled: true,
          kind: 'normal' as const,
          command: showActivity,
        })),
        ...(hidden > 0 ? [{ id: 'in-flight:more', label: `and ${hidden} more…`, enabled: true, kind: 'normal' as const, command: showActivity }] : []),
      ],
    },
  ];
  if (recent.length > 0) {
    sections.push({
      id: 'recent',
      items: [
        info('recent:summary', 'Recently finished'),
        ...recent.map((settled) => ({
          id: `recent:${settled.action.key}`,
          label: settledLabel(settled),
          enabled: true,
          kind: 'normal' as const,
          command: showActivity,
        })),
      ],
    });
  }
  sections.push({ id: 'panel', items: [{ id: 'open-panel', label: 'Open panel', enabled: true, kind: 'normal', command: { type: 'open-panel' } }] });
  if (accounts.length > 0) {
    sections.push({ id: 'accounts', items: [info('accounts:summary', 'Account'), ...accounts.map((account) => accountItem(account, activeId))] });
  }
  sections.push({ id: 'app', items: [{ id: 'quit', label: 'Quit', enabled: true, kind: 'normal', command: { type: 'quit' } }] });
  return {
    tooltip: `${appName}: ${inFlightSummary(count).toLowerCase()}`,
    title: count > 0 ? String(count) : '',
    badgeCount: count,
    sections,
  };
};
