import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowRight, Layers, Server, UserRound } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { ImageRow } from '../../../shared/image-types';
import { imageQueries } from '../../catalog/queries';
import { ActionIcon } from '../../components/action-icon';
import { cx } from '../../components/cx';
import { Dialog } from '../../components/dialog';
import { navItems } from '../../app/nav-items';
import { resourcePath } from '../../routing/resource-path';
import { usePaletteCommandGroups } from '../../stores/palette-commands-store';
import { usePaletteActions } from '../../stores/palette-store';
import { useSwitchAccount } from '../accounts/mutations';
import { accountQueries } from '../accounts/queries';
import { dropletQueries } from '../droplets/queries';
import { tabFilter } from '../images/queries';
import { bestMatches, matchScore, searchText } from './fuzzy-match';
import { searchableDroplets, searchableImages, shownLimit } from './palette-entries';
import { matchesShortcut, paletteShortcuts } from '../../keyboard/shortcuts';
import './command-palette.css';

/** One option of the list: what it says, and what Enter does. */
interface Option {
  key: string;
  label: string;
  detail?: string;
  icon: ReactNode;
  danger?: boolean;
  /** Why it cannot run now; it is listed, disabled, with this reason. */
  unavailable: string | null;
  run: () => void;
}

interface Section {
  heading: string;
  options: Option[];
}

const formatCount = (count: number): string => count.toLocaleString('en-US');

/** The heading of a list that may show only its best matches. */
const countedHeading = (what: string, shown: number, total: number): string =>
  shown === total ? what : `${what} (best ${formatCount(shown)} of ${formatCount(total)})`;

/** The account's own images, and public ones already loaded by the Images view (never fetched for the palette). */
const useImageRows = (): { rows: ImageRow[]; pending: boolean } => {
  const own = useQuery(imageQueries.list(tabFilter('snapshots', '')));
  const queryClient = useQueryClient();
  return useMemo(() => {
    const cached = (['distributions', 'applications'] as const).flatMap(
      (tab) => queryClient.getQueryData(imageQueries.list(tabFilter(tab, '')).queryKey) ?? [],
    );
    return { rows: [...(own.data ?? []), ...cached], pending: own.isPending };
  }, [own.data, own.isPending, queryClient]);
};

/**
 * The command palette (Ctrl/Cmd+K, or the app menu): find a droplet or image by name, IP, id or tag
 * and open it; run an action the views on screen offer (the open droplet's, the selected droplets'),
 * through the same dialog and confirmation as their own menus; switch account; go to a screen.
 * A combobox: focus stays in the field, the arrow keys move through the options, Enter runs one.
 */
export const CommandPalette = () => {
  const { close } = usePaletteActions();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ran = useRef(false);
  const baseId = useId();
  const [, navigate] = useLocation();

  // The lists the views use, through the same queries: cached ones answer at once, and a list not
  // loaded yet is loaded once, as its view would, never per keystroke.
  const droplets = useQuery(dropletQueries.list(null));
  const images = useImageRows();
  const accounts = useQuery(accountQueries.list());
  const switchAccount = useSwitchAccount();
  const commandGroups = usePaletteCommandGroups();

  // The searchable text is worked out once per list, not on every keystroke.
  const dropletEntries = useMemo(() => searchableDroplets(droplets.data ?? []), [droplets.data]);
  const imageEntries = useMemo(() => searchableImages(images.rows), [images.rows]);

  const typed = query.trim() !== '';
  /** The items that match, best first (equal scores keep their order): small lists, scored on each keystroke. */
  const ranked = <T,>(items: readonly T[], text: (item: T) => string): T[] =>
    items
      .map((item, index) => ({ item, index, score: matchScore(text(item), query) }))
      .filter((entry): entry is { item: T; index: number; score: number } => entry.score !== null)
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .map((entry) => entry.item);
  const sections: Section[] = [];

  for (const group of commandGroups) {
    const options = ranked(group.commands, (command) => searchText(command.label, group.heading)).map((command) => ({
      key: command.id,
      label: command.label,
      icon: <ActionIcon name={command.icon} />,
      danger: command.danger,
      unavailable: command.unavailable,
      run: command.run,
    }));
    sections.push({ heading: group.heading, options });
  }

  if (typed) {
    const found = bestMatches(dropletEntries, query, shownLimit);
    sections.push({
      heading: countedHeading('Droplets', found.shown.length, found.total),
      options: found.shown.map((row) => ({
        key: `droplet:${row.id}`,
        label: row.name,
        detail: [row.publicIpv4, row.region.slug, ...row.tags].filter(Boolean).join(' · '),
        icon: <Server />,
        unavailable: null,
        run: () => navigate(resourcePath('droplet', row.id)),
      })),
    });
    const foundImages = bestMatches(imageEntries, query, shownLimit);
    sections.push({
      heading: countedHeading('Images', foundImages.shown.length, foundImages.total),
      options: foundImages.shown.map((row) => ({
        key: `image:${row.id}`,
        label: row.name,
        detail: [row.distribution, row.slug ?? String(row.id)].filter(Boolean).join(' · '),
        icon: <Layers />,
        unavailable: null,
        run: () => navigate(resourcePath('image', row.id)),
      })),
    });
  }

  sections.push({
    heading: 'Go to',
    options: ranked(navItems, (item) => searchText(item.label, 'go to')).map((item) => ({
      key: `area:${item.area}`,
      label: item.label,
      icon: <item.icon />,
      unavailable: null,
      run: () => navigate(item.path),
    })),
  });

  sections.push({
    heading: 'Switch account',
    options: ranked(
      (accounts.data?.accounts ?? []).filter((account) => account.id !== accounts.data?.activeId),
      (account) => searchText(account.name, account.email, 'switch account'),
    ).map((account) => ({
      key: `account:${account.id}`,
      label: account.name,
      detail: account.email,
      icon: <UserRound />,
      unavailable: null,
      run: () => switchAccount.mutate(account.id),
    })),
  });

  const shown = sections.filter((section) => section.options.length > 0);
  const options = shown.flatMap((section) => section.options);
  const activeOption = options[Math.min(active, options.length - 1)];
  const optionId = (option: Option) => `${baseId}-${option.key}`;
  const listId = `${baseId}-list`;

  // The active option stays in view as the arrow keys move it.
  useEffect(() => {
    if (!activeOption) return;
    document.getElementById(optionId(activeOption))?.scrollIntoView?.({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeOption?.key]);

  const runOption = (option: Option | undefined) => {
    if (!option || option.unavailable !== null) return;
    ran.current = true;
    close();
    option.run();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Down and Page Down go forward; the steps are the shortcut table's (one, or ten for a jump).
    const step = matchesShortcut(paletteShortcuts.move, event) ? 1 : matchesShortcut(paletteShortcuts.jump, event) ? 10 : 0;
    if (step !== 0) {
      event.preventDefault();
      const forward = event.key === 'ArrowDown' || event.key === 'PageDown';
      setActive(Math.max(0, Math.min(options.length - 1, active + (forward ? step : -step))));
    } else if (matchesShortcut(paletteShortcuts.run, event)) {
      event.preventDefault();
      runOption(activeOption);
    }
  };

  const loading = droplets.isPending || images.pending;
  const status = !typed
    ? 'Type a droplet or image name, IP, id or tag; an action; a screen; or an account.'
    : options.length === 0
      ? loading
        ? 'Loading droplets and images…'
        : 'Nothing matches.'
      : `${formatCount(options.length)} result${options.length === 1 ? '' : 's'}.`;

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) close();
      }}
      title="Command palette"
      size="wide"
      onCloseAutoFocus={(event) => {
        // What ran moved focus where it belongs (a dialog it opened); only an empty page is not somewhere.
        if (!ran.current) return;
        event.preventDefault();
        if (document.activeElement === document.body || document.activeElement === null) document.querySelector<HTMLElement>('main')?.focus();
      }}
    >
      <div className="command-palette">
        <input
          data-autofocus
          className="command-palette__input"
          role="combobox"
          aria-label="Find or run"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
          aria-describedby={`${baseId}-status`}
          placeholder="Droplet, image, action or screen"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p id={`${baseId}-status`} className="command-palette__status" role="status">
          {status}
        </p>
        <div id={listId} role="listbox" aria-label="Results" className="command-palette__list">
          {shown.map((section, index) => (
            <div key={section.heading} role="group" aria-labelledby={`${baseId}-heading-${index}`}>
              <div id={`${baseId}-heading-${index}`} role="presentation" className="command-palette__heading">
                {section.heading}
              </div>
              {section.options.map((option) => (
                <div
                  key={option.key}
                  id={optionId(option)}
                  role="option"
                  aria-selected={option === activeOption}
                  aria-disabled={option.unavailable === null ? undefined : true}
                  className={cx('command-palette__option', option.danger && 'command-palette__option--danger')}
                  data-active={option === activeOption || undefined}
                  // Focus stays in the field: a click runs the option without taking it.
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActive(options.indexOf(option))}
                  onClick={() => runOption(option)}
                >
                  <span className="command-palette__icon" aria-hidden="true">
                    {option.icon}
                  </span>
                  <span className="command-palette__label">{option.label}</span>
                  {option.unavailable !== null ? (
                    <span className="command-palette__detail">{option.unavailable}</span>
                  ) : option.detail ? (
                    <span className="command-palette__detail">{option.detail}</span>
                  ) : null}
                  {option === activeOption && option.unavailable === null ? <ArrowRight className="command-palette__enter" aria-hidden="true" /> : null}
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
    </Dialog>
  );
};
