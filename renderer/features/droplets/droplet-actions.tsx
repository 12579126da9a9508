import { Ellipsis } from 'lucide-react';
import { lazy, Suspense, useRef, useState } from 'react';
import { dropletKindUnavailable } from '../../../shared/actions/catalogue';
import { dropletKindList, dropletKinds, type DropletKind, type DropletMenuGroup } from '../../../shared/actions/droplet-kinds';
import type { DropletActionState } from '../../../shared/actions/droplet-state';
import { ActionIcon } from '../../components/action-icon';
import { Button } from '../../components/button';
import { GuardedButton } from '../../components/guarded-button';
import { Menu, MenuContent, MenuItem, MenuSeparator, MenuTrigger } from '../../components/menu';
import { ActionFailure } from '../../components/action-failure';
import { useProvidePaletteCommands } from '../../stores/palette-commands-store';
import type { DialogKind } from './droplet-action-dialog';
import type { DropletFacts } from './droplet-form-bodies';
import { ResizeFlowStatus } from './droplet-action-resize';
import { useRunDropletAction } from './mutations';
import { isResizeFlowRunning, useResizeFlow } from './use-resize-workflow';
import './droplet-actions.css';
import './droplet-action-forms.css';

// The dialogs are loaded when one first opens: most visits to a droplet only read it.
const DropletActionDialog = lazy(() => import('./droplet-action-dialog').then((module) => ({ default: module.DropletActionDialog })));

export interface DropletActionsProps {
  id: number;
  name: string;
  state: DropletActionState;
  diskGb: number | undefined;
  /** What the forms that pick something (a size, an image, a kernel) need; undefined while nothing is loaded. */
  facts: DropletFacts | undefined;
  /** The droplet is gone: the pane closes. */
  onDeleted: () => void;
}

/** The menu's groups, in order, each from the catalogue; the bar's kinds are buttons beside it. */
const menuGroups: readonly DropletMenuGroup[] = ['power', 'other', 'disk'];

const kindsIn = (group: DropletMenuGroup): DialogKind[] => dropletKindList.filter((kind): kind is DialogKind => dropletKinds[kind].menu === group);

/** A menu item's words: the verb, with an ellipsis where a form follows. */
const menuLabel = (kind: DropletKind): string => `${dropletKinds[kind].words.verb}${dropletKinds[kind].form ? '…' : ''}`;

/** The power toggles, and every other action without a picker in a menu; each confirms as its risk asks. */
export const DropletActions = ({ id, name, state, diskGb, facts, onDeleted }: DropletActionsProps) => {
  // The kind outlives `open` so the dialog keeps its content while it animates closed.
  const [dialog, setDialog] = useState<{ kind: DialogKind; open: boolean; serial: number } | null>(null);
  const powerOn = useRunDropletAction(id);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const openingDialog = useRef(false);
  const deleted = useRef(false);
  const resizeFlow = useResizeFlow(id);
  const resizeFlowRunning = isResizeFlowRunning(resizeFlow);
  const reason = (kind: DropletKind) => dropletKindUnavailable(kind, { ...state, resizeFlowRunning });

  const showDialog = (kind: DialogKind) => setDialog((last) => ({ kind, open: true, serial: (last?.serial ?? 0) + 1 }));
  const openDialog = (kind: DialogKind) => {
    openingDialog.current = true;
    showDialog(kind);
  };
  const sendPowerOn = () => {
    if (!powerOn.isPending) powerOn.mutate({ type: 'power_on' });
  };

  // The palette offers every kind as this pane does: the same reasons, the same button or dialog.
  useProvidePaletteCommands('droplet-pane', () => ({
    heading: `Actions on ${name}`,
    commands: dropletKindList.map((kind) => ({
      id: `droplet-action:${kind}`,
      label: menuLabel(kind),
      icon: dropletKinds[kind].icon,
      danger: dropletKinds[kind].menu === 'danger',
      unavailable: reason(kind),
      run: kind === 'power_on' ? sendPowerOn : () => showDialog(kind),
    })),
  }));
  const close = () => setDialog((last) => (last === null ? null : { ...last, open: false }));

  const menuItem = (kind: DialogKind) => {
    const why = reason(kind);
    return (
      <MenuItem
        key={kind}
        icon={<ActionIcon name={dropletKinds[kind].icon} />}
        tone={dropletKinds[kind].menu === 'danger' ? 'danger' : undefined}
        disabled={why !== null}
        detail={why ?? undefined}
        onSelect={() => openDialog(kind)}
      >
        {menuLabel(kind)}
      </MenuItem>
    );
  };

  return (
    <div className="droplet-actions">
      <div className="droplet-actions__bar" role="group" aria-label="Droplet actions">
        <GuardedButton
          size="sm"
          icon={<ActionIcon name={dropletKinds.power_on.icon} />}
          unavailable={reason('power_on')}
          busy={powerOn.isPending}
          onClick={sendPowerOn}
        >
          {dropletKinds.power_on.words.verb}
        </GuardedButton>
        <GuardedButton size="sm" icon={<ActionIcon name={dropletKinds.power_off.icon} />} unavailable={reason('power_off')} onClick={() => openDialog('power_off')}>
          {dropletKinds.power_off.words.verb}
        </GuardedButton>
        <Menu>
          <MenuTrigger asChild>
            <Button ref={triggerRef} size="sm" icon={<Ellipsis />}>
              More actions
            </Button>
          </MenuTrigger>
          <MenuContent
            align="end"
            label="More actions"
            onCloseAutoFocus={(event) => {
              if (openingDialog.current) event.preventDefault();
              openingDialog.current = false;
            }}
          >
            {menuGroups.map((group) => [...kindsIn(group).map(menuItem), <MenuSeparator key={`${group}-end`} />])}
            {kindsIn('danger').map(menuItem)}
          </MenuContent>
        </Menu>
      </div>
      {powerOn.error ? <ActionFailure title="Couldn't power on the droplet" error={powerOn.error} /> : null}
      {resizeFlow && !(dialog?.open && dialog.kind === 'resize') ? <ResizeFlowStatus flow={resizeFlow} /> : null}
      {dialog === null ? null : (
        <Suspense fallback={null}>
          <DropletActionDialog
            key={dialog.serial}
            id={id}
            name={name}
            diskGb={diskGb}
            facts={facts}
            kind={dialog.kind}
            open={dialog.open}
            shutdownAvailable={reason('shutdown') === null}
            onClose={close}
            onDeleted={() => {
              deleted.current = true;
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              if (deleted.current) onDeleted();
              else triggerRef.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
};
