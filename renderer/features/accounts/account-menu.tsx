import { useQuery } from '@tanstack/react-query';
import { ChevronsUpDown, Info, Settings, UserRound, Users } from 'lucide-react';
import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { CurrentAccount } from '../../../shared/account-types';
import { areaPath } from '../../app/area-path';
import { cx } from '../../components/cx';
import { Menu, MenuContent, MenuItem, MenuSeparator, MenuTrigger } from '../../components/menu';
import { Skeleton } from '../../components/skeleton';
import { Tooltip } from '../../components/tooltip';
import { AboutDialog } from '../about/about-dialog';
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

/** The sidebar footer: who the panel is working as, and the app-level menu (accounts, settings, about). */
export const AccountMenu = ({ collapsed }: { collapsed: boolean }) => {
  const status = useQuery(accountQueries.current());
  const [, navigate] = useLocation();
  const [aboutOpen, setAboutOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  // Set while an item opens the About dialog, so the closing menu does not pull focus back out of it.
  const openingDialog = useRef(false);

  const summary = status.data ? summarize(status.data) : status.isError ? errorSummary : undefined;

  const trigger = (
    <MenuTrigger asChild>
      <button
        ref={triggerRef}
        type="button"
        className="account-menu__trigger"
        aria-label={summary ? `Account: ${summary.primary}` : 'Account: loading'}
      >
        <span className={cx('account-menu__avatar', !summary?.initial && 'account-menu__avatar--empty')} aria-hidden="true">
          {summary?.initial ?? <UserRound />}
        </span>
        {summary ? (
          <span className="account-menu__text">
            <span className="account-menu__primary">{summary.primary}</span>
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
          <MenuItem icon={<Users />} onSelect={() => navigate(areaPath('accounts'))}>
            Accounts…
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
