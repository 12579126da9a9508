import { useQuery } from '@tanstack/react-query';
import { CommandEquivalent } from '../../components/command-equivalent';
import { bulkCommand } from './bulk-command';
import { useEffect, useState, type FormEvent } from 'react';
import type { InFlightAction } from '../../../shared/action-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { Button } from '../../components/button';
import { Callout } from '../../components/callout';
import { Dialog, DialogActions } from '../../components/dialog';
import { GuardedButton } from '../../components/guarded-button';
import { TextField } from '../../components/text-field';
import { ActionFailure } from '../../components/action-failure';
import { bulkCopy } from './bulk-action-copy';
import {
  chooseRoute,
  deleteConfirmed,
  droplets,
  runsByTag,
  snapshotPatternProblem,
  splitTargets,
  type BulkActionKind,
  type BulkRoute,
} from './bulk-action-rules';
import { dropletToken, snapshotNameFor } from '../../../shared/rules/snapshot-name-pattern';
import { useBulkSend, type BulkFailure } from './bulk-send';
import { defaultSnapshotName } from './droplet-action-rules';
import { tagQueries } from './queries';

/** How many names a list shows before "and N more". */
const shownNames = 10;

const NameList = ({ label, items }: { label: string; items: readonly { key: number; text: string }[] }) => (
  <div className="bulk-dialog__list-box">
    {/* Focusable so a keyboard can scroll it when it overflows. */}
    <ul className="bulk-dialog__list" aria-label={label} tabIndex={0}>
      {items.slice(0, shownNames).map((item) => (
        <li key={item.key}>{item.text}</li>
      ))}
    </ul>
    {items.length > shownNames ? <p className="bulk-dialog__more">and {items.length - shownNames} more</p> : null}
  </div>
);

const Failures = ({ failures }: { failures: readonly BulkFailure[] }) => (
  <ul className="bulk-dialog__list bulk-dialog__failures" aria-label="Failed" tabIndex={0}>
    {failures.map(({ row, error }) => (
      <li key={row.id}>
        <strong>{row.name}</strong>: {error.message}
        {error.requestId === undefined ? null : (
          <>
            {' '}
            (request ID <code>{error.requestId}</code>)
          </>
        )}
      </li>
    ))}
  </ul>
);

const routeText = (kind: BulkActionKind, route: BulkRoute | null, count: number): string => {
  if (route === null) return 'Checking which droplets carry the tags…';
  if (route.kind === 'tag') return `Through tag ${route.tagName} — ${droplets(count)}, in one request.`;
  return kind === 'delete' ? `One request per droplet — ${droplets(count)}.` : `One request per droplet — ${droplets(count)}, each with its own progress.`;
};

const confirmLabel = (kind: BulkActionKind, count: number): string =>
  kind === 'snapshot' ? `Take ${count} snapshot${count === 1 ? '' : 's'}` : `${bulkCopy(kind).verb} ${droplets(count)}`;

export interface BulkActionDialogProps {
  kind: BulkActionKind;
  /** The selected droplets when the dialog opened; what they are then is what is confirmed. */
  rows: readonly DropletRow[];
  running: ReadonlyMap<number, InFlightAction>;
  open: boolean;
  onClose: () => void;
  onCloseAutoFocus?: (event: Event) => void;
}

/**
 * One confirmation for a whole batch: where it goes and how (through a tag, or one request per
 * droplet), which droplets it skips and why, the action's risk, then what DigitalOcean refused.
 */
export const BulkActionDialog = ({ kind, rows, running, open, onClose, onCloseAutoFocus }: BulkActionDialogProps) => {
  const [{ targets, skipped }] = useState(() => splitTargets(kind, rows, running));
  const copy = bulkCopy(kind);
  const [pattern, setPattern] = useState(() => defaultSnapshotName(dropletToken, new Date()));
  const [typed, setTyped] = useState('');
  const send = useBulkSend();
  const sent = send.isPending || send.result !== undefined;

  // Only a tag every target carries can be the route; the tags' droplet counts are asked afresh.
  const tagPossible = runsByTag(kind) && (targets[0]?.tags.some((tag) => targets.every((row) => row.tags.includes(tag))) ?? false);
  const tags = useQuery({ ...tagQueries.list(), staleTime: 0, enabled: tagPossible && !sent });
  const route: BulkRoute | null = !tagPossible
    ? { kind: 'each' }
    : tags.isFetching && !sent
      ? null
      : chooseRoute(kind, targets, tags.isError ? undefined : tags.data);

  const count = targets.length;
  const patternProblem = kind === 'snapshot' && route?.kind === 'each' ? snapshotPatternProblem(pattern, targets) : null;
  const unavailable =
    count === 0
      ? 'None of the selected droplets can do this now.'
      : route === null
        ? 'Checking which droplets carry the tags.'
        : (patternProblem ?? (kind === 'delete' && !deleteConfirmed(typed, count) ? `Type ${count} or “delete ${droplets(count)}” to confirm.` : null));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unavailable !== null || route === null || sent) return;
    send.send({ kind, targets, route, snapshotPattern: pattern });
  };

  const result = send.result;
  const failed = result !== undefined && result.failures.length > 0;
  const succeeded = result !== undefined && !failed;
  // Everything went: nothing is left to say, the rows show their progress.
  useEffect(() => {
    if (succeeded) onClose();
  }, [succeeded, onClose]);

  return (
    <Dialog
      open={open}
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
      title={copy.title(droplets(count))}
      description={copy.description}
      size="wide"
      onCloseAutoFocus={onCloseAutoFocus}
    >
      {failed ? (
        <div className="bulk-dialog">
          <Callout tone="warning" role="alert" title={`${kind === 'delete' ? 'Deleted' : 'Started on'} ${result.done} of ${droplets(count)}`}>
            <p>DigitalOcean refused the others; it said why for each.</p>
          </Callout>
          <Failures failures={result.failures} />
          <DialogActions>
            <Button variant="primary" onClick={onClose} data-autofocus>
              Done
            </Button>
          </DialogActions>
        </div>
      ) : (
        <form className="bulk-dialog" onSubmit={submit} noValidate>
          <p className="bulk-dialog__route">{routeText(kind, route, count)}</p>
          {copy.warning ? <Callout tone={copy.tone === 'danger' ? 'danger' : 'warning'}>{copy.warning}</Callout> : null}
          {count > 0 ? <NameList label={`The ${droplets(count)} it goes to`} items={targets.map((row) => ({ key: row.id, text: row.name }))} /> : null}
          {skipped.length > 0 ? (
            <section className="bulk-dialog__skipped" aria-label="Skipped">
              <h3 className="bulk-dialog__heading">Skipped: {droplets(skipped.length)}</h3>
              <NameList label="Skipped droplets" items={skipped.map(({ row, reason }) => ({ key: row.id, text: `${row.name}: ${reason}` }))} />
            </section>
          ) : null}
          {kind === 'snapshot' && route?.kind === 'tag' ? <p>Through the tag, DigitalOcean names each snapshot itself.</p> : null}
          {kind === 'snapshot' && route?.kind === 'each' && count > 0 ? (
            <TextField
              label="Snapshot names"
              value={pattern}
              onChange={(event) => setPattern(event.target.value)}
              error={patternProblem ?? undefined}
              hint={`${dropletToken} stands for each droplet’s name: ${targets[0]?.name ?? ''} gets “${snapshotNameFor(pattern, targets[0]?.name ?? '')}”.`}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
            />
          ) : null}
          {kind === 'delete' && count > 0 ? (
            <TextField
              label={`Type ${count} or “delete ${droplets(count)}” to confirm`}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
            />
          ) : null}
          <CommandEquivalent equivalent={bulkCommand(kind, route, targets, pattern)} waitingFor="The command appears once the route is known." />
          {send.error ? <ActionFailure title={`Couldn't start: ${copy.verb}`} error={send.error} /> : null}
          {send.isPending ? (
            <p role="status" className="bulk-dialog__progress">
              Sent: {send.answered} of {droplets(count)} answered…
            </p>
          ) : null}
          <DialogActions>
            <Button variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <GuardedButton type="submit" variant={copy.tone} unavailable={unavailable} busy={send.isPending}>
              {confirmLabel(kind, count)}
            </GuardedButton>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
};
