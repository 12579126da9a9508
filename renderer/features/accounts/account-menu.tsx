import { useQuery } from '@tanstack/react-query';
import { ChevronsUpDown, Info, Plus, Settings, UserRound, Users, X } from 'lucide-react';
import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { CurrentAccount } from '../../../shared/account-types';
import { areaPath } from '../../routing/area-path';
import { cx } from '../../components/cx';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { Menu, MenuContent, MenuItem, MenuLabel, MenuRadioGroup, MenuRadioItem, MenuSeparator, MenuTrigger } from '../../components/menu';
import { Skeleton } from '../../components/skeleton';
import { Tooltip } from '../../components/tooltip';
import { useAddAccountDialogActions } from '../../stores/add-account-dialog-store';
import { AboutDialog } from '../about/about-dialog';
import { accountDetail } from './account-presentation';
import { useLastSwitchFailure, useSwitchAccount } from './mutations';
import { accountQueries } from './queries';
import './account-menu.css';

interface Summary {
  primary: string;
  secondary: string;
  /** The avatar's letter; none when there is no account to show. */
  initial?: string;
}

const summarize = (status: CurrentAccount): Summary =>
  status.state === 'active'
    ? {
        primary: status.account.email,
        secondary: status.account.team ?? status.account.name,
        initial: status.account.email.charAt(0).toUpperCase(),
      }
    : {
        primary: 'No account connected',
        secondary: status.environmentTokenAvailable ? 'Token in environment' : 'Connect in Accounts',
      };

const errorSummary: Summary = { primary: 'Account unavailable', secondary: 'Open Accounts for details' };

/** The sidebar footer: who the panel is working as, switching to another, and the app-level menu. */
export const AccountMenu = ({ collapsed }: { collapsed: boolean }) => {
  const status = useQuery(accountQueries.current());
  const list = useQuery(accountQueries.list());
  const switchAccount = useSwitchAccount();
  const { open: openAddAccount } = useAddAccountDialogActions();
  const [, navigate] = useLocation();
  const [aboutOpen, setAboutOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  // Set while an item opens a dialog, so the closing menu does not pull focus back out of it.
  const openingDialog = useRef(false);
  // Any switch that failed, this menu's or another surface's (the palette closes as it runs).
  const failure = useLastSwitchFailure();
  const failedName = list.data?.accounts.find((account) => account.id === failure?.accountId)?.name ?? 'the account';

  const summary = status.data ? summarize(status.data) : status.isError ? errorSummary : undefined;

  const trigger = (
    <MenuTrigger asChild>
      <button
        ref={triggerRef}
        type="button"
        className="account-menu__trigger"
        // Named by what it shows (voice control users say what they see), after a hidden "Account:".
        aria-label={summary ? undefined : 'Account: loading'}
      >
        {summary ? <span className="visually-hidden">Account:</span> : null}{' '}
        <span className={cx('account-menu__avatar', !summary?.initial && 'account-menu__avatar--empty')} aria-hidden="true">
          {summary?.initial ?? <UserRound />}
        </span>
        {summary ? (
          <span className="account-menu__text">
            <span className="account-menu__primary">{summary.primary}</span>{' '}
            <span className="account-menu__secondary">{summary.secondary}</span>
          </span>
        ) : (
          <span className="account-menu__text" aria-hidden="true">
            <Skeleton width="80%" />
            <Skeleton width="50%" />
          </span>
        )}
        <ChevronsUpDown className="account-menu__chevron" />
      </button>
    </MenuTrigger>
  );

  return (
    <>
      {failure ? (
        <div role="alert" className="account-menu__failure">
          <p>
            Couldn't switch to {failedName}. {panelErrorOf(failure.error).message}
          </p>
          <button type="button" className="account-menu__dismiss" aria-label="Dismiss" onClick={failure.dismiss}>
            <X aria-hidden="true" />
          </button>
        </div>
      ) : null}
      <Menu>
        {collapsed ? (
          <Tooltip content={summary?.primary ?? 'Account'} side="right">
            {trigger}
          </Tooltip>
        ) : (
          trigger
        )}
        <MenuContent
          side="top"
          align="start"
          label="Account and app"
          onCloseAutoFocus={(event) => {
            if (openingDialog.current) event.preventDefault();
            openingDialog.current = false;
          }}
        >
          {list.data ? (
            <>
              <MenuLabel>Switch account</MenuLabel>
              <MenuRadioGroup
                label="Switch account"
                // The pending choice shows at once; the check follows the main side's answer otherwise.
                value={(switchAccount.isPending ? switchAccount.variables : list.data.activeId) ?? ''}
                onValueChange={(id) => {
                  if (id !== list.data.activeId) switchAccount.mutate(id);
                }}
              >
                {list.data.accounts.map((account) => (
                  <MenuRadioItem key={account.id} value={account.id} detail={accountDetail(account)}>
                    {account.name}
                  </MenuRadioItem>
                ))}
              </MenuRadioGroup>
            </>
          ) : null}
          <MenuItem
            icon={<Plus />}
            onSelect={() => {
              openingDialog.current = true;
              openAddAccount();
            }}
          >
            Add account…
          </MenuItem>
          <MenuSeparator />
          <MenuItem icon={<Users />} onSelect={() => navigate(areaPath('accounts'))}>
            Manage accounts…
          </MenuItem>
          <MenuItem icon={<Settings />} onSelect={() => navigate(areaPath('settings'))}>
            Settings
          </MenuItem>
          <MenuSeparator />
          <MenuItem
            icon={<Info />}
            onSelect={() => {
              openingDialog.current = true;
              setAboutOpen(true);
            }}
          >
            About DigitalOcean Panel
          </MenuItem>
        </MenuContent>
      </Menu>
      <AboutDialog
        open={aboutOpen}
        onOpenChange={setAboutOpen}
        onCloseAutoFocus={(event) => {
          // The item that opened the dialog is gone; the menu's trigger is the natural place to return to.
          event.preventDefault();
          triggerRef.current?.focus();
        }}
      />
    </>
  );
};
