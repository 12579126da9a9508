import { useState, type FormEvent, type ReactNode } from 'react';
import { dropletActionEquivalent } from '../../../shared/actions/equivalents';
import type { Droplet } from '../../../shared/do-types';
import { dropletNameProblem } from '../../../shared/rules/droplet-name';
import { Button } from '../../components/button';
import { Callout } from '../../components/callout';
import { CommandEquivalent } from '../../components/command-equivalent';
import { DialogActions } from '../../components/dialog';
import { GuardedButton } from '../../components/guarded-button';
import { TextField } from '../../components/text-field';
import { ActionFailure } from './action-failure';
import { defaultSnapshotName, snapshotEstimateMs, snapshotMinutesPerGb, snapshotWhileTaken } from './droplet-action-rules';
import { snapshotBoundText } from '../../../shared/actions/words';
import { useRunDropletAction, type DropletActionRequest } from './mutations';

interface BodyProps {
  id: number;
  onCancel: () => void;
  /** The request succeeded: the dialog closes. */
  onDone: () => void;
}

export interface ConfirmBodyProps extends BodyProps {
  action: DropletActionRequest;
  /** What the button that does it says. */
  confirmLabel: string;
  tone?: 'primary' | 'danger';
  /** A consequence the person must not miss. */
  warning?: ReactNode;
  /** An alternative to offer beside the confirmation (Shut down instead of Power off). */
  alternative?: { label: string; action: DropletActionRequest };
}

/** Confirms a plain action: what it does, any warning, and the one request it sends. */
export const ConfirmActionBody = ({ id, action, confirmLabel, tone = 'primary', warning, alternative, onCancel, onDone }: ConfirmBodyProps) => {
  const run = useRunDropletAction(id);
  const send = (request: DropletActionRequest) => {
    if (!run.isPending) run.mutate(request, { onSuccess: onDone });
  };
  return (
    <div className="droplet-action-dialog">
      {warning ? <Callout tone="warning">{warning}</Callout> : null}
      <CommandEquivalent equivalent={dropletActionEquivalent(action, id)} />
      {run.error ? <ActionFailure title={`Couldn't start: ${confirmLabel}`} error={run.error} /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        {alternative ? (
          <Button variant="secondary" busy={run.isPending && run.variables.type === alternative.action.type} disabled={run.isPending} onClick={() => send(alternative.action)}>
            {alternative.label}
          </Button>
        ) : null}
        <Button variant={tone} busy={run.isPending && run.variables.type === action.type} disabled={run.isPending} onClick={() => send(action)}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </div>
  );
};

/** A new name, checked as it is typed; nothing is sent until DigitalOcean would accept it. */
export const RenameBody = ({ id, name, onCancel, onDone }: BodyProps & { name: string }) => {
  const run = useRunDropletAction(id);
  const [value, setValue] = useState(name);
  const problem = dropletNameProblem(value);
  const unavailable = problem ?? (value === name ? 'That is already its name.' : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unavailable === null && !run.isPending) run.mutate({ type: 'rename', name: value }, { onSuccess: onDone });
  };
  return (
    <form className="droplet-action-dialog" onSubmit={submit} noValidate>
      <TextField
        label="New name"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={problem ?? undefined}
        hint="Letters, digits, dots and hyphens; it becomes the droplet's hostname."
        autoComplete="off"
        spellCheck={false}
        data-autofocus
      />
      <CommandEquivalent equivalent={dropletActionEquivalent({ type: 'rename', name: value }, id)} />
      {run.error ? <ActionFailure title="Couldn't rename the droplet" error={run.error} /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <GuardedButton type="submit" variant="primary" unavailable={unavailable} busy={run.isPending}>
          Rename
        </GuardedButton>
      </DialogActions>
    </form>
  );
};

/** A snapshot's name, defaulting to the droplet's and today's date, with how long it may take and what the droplet does meanwhile. */
export const SnapshotBody = ({
  id,
  name,
  diskGb,
  status,
  onCancel,
  onDone,
}: BodyProps & { name: string; diskGb: number | undefined; status: Droplet['status'] | undefined }) => {
  const run = useRunDropletAction(id);
  const [value, setValue] = useState(() => defaultSnapshotName(name, new Date()));
  const trimmed = value.trim();
  const problem = trimmed === '' ? 'Enter a name.' : trimmed.length > 255 ? 'Use at most 255 characters.' : null;
  const meanwhile = snapshotWhileTaken(status);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem === null && !run.isPending) run.mutate({ type: 'snapshot', name: trimmed }, { onSuccess: onDone });
  };
  return (
    <form className="droplet-action-dialog" onSubmit={submit} noValidate>
      {meanwhile === null ? null : <p>{meanwhile}</p>}
      <p>{snapshotBoundText(diskGb, diskGb === undefined ? 0 : snapshotEstimateMs(diskGb), snapshotMinutesPerGb)}</p>
      <TextField
        label="Snapshot name"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={problem ?? undefined}
        autoComplete="off"
        spellCheck={false}
        data-autofocus
      />
      <CommandEquivalent
        equivalent={problem === null ? dropletActionEquivalent({ type: 'snapshot', name: trimmed }, id) : null}
        waitingFor="Enter a snapshot name to see the command."
      />
      {run.error ? <ActionFailure title="Couldn't take the snapshot" error={run.error} /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <GuardedButton type="submit" variant="primary" unavailable={problem} busy={run.isPending}>
          Take snapshot
        </GuardedButton>
      </DialogActions>
    </form>
  );
};
