import { useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteWithResourcesEquivalent, dropletActionEquivalent } from '../../../shared/actions/equivalents';
import { CommandEquivalent } from '../../components/command-equivalent';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DeleteWithResourcesWorkflow, WorkflowStep } from '../../../shared/workflow-types';
import { BridgeError } from '../../bridge/call';
import { Button } from '../../components/button';
import { Callout } from '../../components/callout';
import { DialogActions } from '../../components/dialog';
import { GuardedButton } from '../../components/guarded-button';
import { TextField } from '../../components/text-field';
import { markGone } from '../../resources/gone';
import { ActionFailure } from '../../components/action-failure';
import { formatPrice } from './droplet-format';
import { useDeleteDroplet } from './mutations';
import { dropletQueries } from './queries';
import { useRetryWorkflow, useStartWorkflow } from '../workflows/mutations';
import { useWorkflow } from '../workflows/use-workflows';

interface BodyProps {
  id: number;
  name: string;
  onCancel: () => void;
  /** The droplet is gone: the dialog and the pane close. */
  onDone: () => void;
}

type Group = 'snapshots' | 'volumes' | 'volume_snapshots' | 'reserved_ips';

const groupLabels: Record<Group, string> = {
  snapshots: 'Snapshots',
  volumes: 'Volumes',
  volume_snapshots: 'Volume snapshots',
  reserved_ips: 'Reserved IPs',
};

const groupOrder: readonly Group[] = ['snapshots', 'volumes', 'volume_snapshots', 'reserved_ips'];

/** The resources of each kind; reserved IPs may still come as `floating_ips`, DigitalOcean's older name. */
const listOf = <T extends { id?: string }>(resources: Partial<Record<Group | 'floating_ips', T[]>> | undefined, group: Group): (T & { id: string })[] => {
  const items = group === 'reserved_ips' ? [...(resources?.reserved_ips ?? []), ...(resources?.floating_ips ?? [])] : [...(resources?.[group] ?? [])];
  const seen = new Set<string>();
  return items.filter((item): item is T & { id: string } => item.id !== undefined && !seen.has(item.id) && Boolean(seen.add(item.id)));
};

const costText = (cost: string | undefined): string => {
  const amount = Number(cost);
  return cost === undefined || cost === '' || Number.isNaN(amount) ? 'cost unknown' : `${formatPrice(amount)}/month`;
};

type Chosen = Record<Group, readonly string[]>;

const nothingChosen: Chosen = { snapshots: [], volumes: [], volume_snapshots: [], reserved_ips: [] };

/** The row leaves every list at once and the droplet is remembered as gone (its links open its tombstone); no list is asked again. */
const useForgetDroplet = (id: number) => {
  const queryClient = useQueryClient();
  return () => markGone(queryClient, 'droplet', id);
};

/** A step's error as the bridge's error type, which the failure callout reads. */
const errorOf = (step: WorkflowStep | undefined): Error | null => (step?.status === 'failed' && step.error ? new BridgeError(step.error) : null);

/**
 * How a delete with associated resources goes, as the main side follows it until DigitalOcean says it
 * is over (the window may close meanwhile); what failed can be retried, with DigitalOcean's own retry.
 */
const DeleteProgress = ({ workflow, onCancel, onDone }: { workflow: DeleteWithResourcesWorkflow } & Omit<BodyProps, 'name' | 'id'>) => {
  const retry = useRetryWorkflow();
  const forget = useForgetDroplet(workflow.resource.ids[0] ?? 0);
  const data = workflow.deleteStatus;
  const over = workflow.status !== 'running';
  const failures = data?.failures ?? 0;
  const latest = (prefix: string) => workflow.steps.findLast((step) => step.name.startsWith(prefix));
  // Following failed (DigitalOcean stopped answering about it); a refused retry leaves the decision open.
  const lost = workflow.status === 'failed' ? errorOf(latest('follow')) : null;
  const retryError = retry.error ?? errorOf(latest('retry'));

  const finished = useRef(false);
  useEffect(() => {
    if (workflow.status === 'done' && !finished.current) {
      finished.current = true;
      forget();
      onDone();
    }
  }, [workflow.status, forget, onDone]);

  const items = [
    ...(data?.droplet ? [{ kind: 'Droplet', item: data.droplet }] : []),
    ...groupOrder.flatMap((group) => listOf(data?.resources, group).map((item) => ({ kind: groupLabels[group], item }))),
  ];
  return (
    <div className="droplet-action-dialog">
      <p role="status">{over ? (failures === 0 ? 'Everything was deleted.' : `Done, but ${failures} could not be deleted.`) : 'DigitalOcean is deleting the droplet and the chosen resources…'}</p>
      {lost ? <ActionFailure title="Couldn't follow the delete" error={lost} /> : null}
      <ul className="droplet-delete-status">
        {items.map(({ kind, item }) => (
          <li key={`${kind}-${item.id ?? ''}`}>
            {kind} {item.name ?? item.id}: {item.error_message ? <span className="droplet-delete-status__failed">failed: {item.error_message}</span> : item.destroyed_at ? 'deleted' : 'waiting'}
          </li>
        ))}
      </ul>
      {retryError ? <ActionFailure title="Couldn't retry the delete" error={retryError} /> : null}
      <DialogActions>
        <Button
          variant="secondary"
          onClick={() => {
            if (data?.droplet?.destroyed_at) {
              forget();
              onDone();
            } else onCancel();
          }}
        >
          Close
        </Button>
        {workflow.status === 'needs-decision' ? (
          <Button variant="danger" busy={retry.isPending} onClick={() => retry.isPending || retry.mutate(workflow.id)}>
            Retry failed
          </Button>
        ) : null}
      </DialogActions>
    </div>
  );
};

/**
 * Deleting asks for the droplet's name, typed exactly: it cannot be undone. What would outlive the
 * droplet is listed with its cost; what is ticked goes with it, through DigitalOcean's delete with
 * associated resources, followed until it is over.
 */
export const DeleteBody = ({ id, name, onCancel, onDone }: BodyProps) => {
  const remove = useDeleteDroplet(id);
  const start = useStartWorkflow();
  const associated = useQuery(dropletQueries.associatedResources(id));
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState<Chosen>(nothingChosen);
  // The delete this dialog started: the form stays until DigitalOcean has taken the request.
  const [workflowId, setWorkflowId] = useState<string>();
  const workflow = useWorkflow(workflowId);
  const sent = workflow?.kind === 'delete-with-resources' ? workflow : undefined;
  const request = sent?.steps.find((step) => step.name === 'delete');
  const anyChosen = groupOrder.some((group) => chosen[group].length > 0);
  const pending = remove.isPending || start.isPending || (sent !== undefined && (request?.status === 'pending' || request?.status === 'running'));
  const unavailable = typed === name ? null : `Type ${name} to confirm.`;
  const groups = groupOrder.map((group) => ({ group, items: listOf(associated.data, group) })).filter(({ items }) => items.length > 0);

  if (sent && request?.status === 'done') return <DeleteProgress workflow={sent} onCancel={onCancel} onDone={onDone} />;

  const toggle = (group: Group, resourceId: string, on: boolean) =>
    setChosen((last) => ({ ...last, [group]: on ? [...last[group], resourceId] : last[group].filter((item) => item !== resourceId) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unavailable !== null || pending) return;
    if (!anyChosen) {
      remove.mutate(undefined, { onSuccess: onDone });
      return;
    }
    const some = (ids: readonly string[]) => (ids.length === 0 ? undefined : [...ids]);
    const resources = { snapshots: some(chosen.snapshots), volumes: some(chosen.volumes), volumeSnapshots: some(chosen.volume_snapshots), reservedIps: some(chosen.reserved_ips) };
    start.mutate({ kind: 'delete-with-resources', id, resources }, { onSuccess: (started) => setWorkflowId(started.id) });
  };

  const error = remove.error ?? start.error ?? errorOf(request);
  return (
    <form className="droplet-action-dialog" onSubmit={submit} noValidate>
      <Callout tone="danger">
        <p>This is permanent: the droplet, its disk and its backups are gone for good.</p>
        <p>What is not ticked below stays on the account, and keeps costing money.</p>
      </Callout>
      {associated.isPending ? <p>Looking for snapshots, volumes and reserved IPs that belong with it…</p> : null}
      {associated.error ? <ActionFailure title="Couldn't list what belongs with the droplet; it can still be deleted alone" error={associated.error} /> : null}
      {associated.data && groups.length === 0 ? <p>No snapshots, volumes or reserved IPs belong with it.</p> : null}
      {groups.map(({ group, items }) => (
        <fieldset key={group} className="droplet-choice">
          <legend>Also delete these {groupLabels[group].toLowerCase()}</legend>
          {items.map((item) => (
            <label key={item.id} className="droplet-choice__option">
              <input type="checkbox" checked={chosen[group].includes(item.id)} onChange={(event) => toggle(group, item.id, event.target.checked)} />
              <span>
                {item.name || item.id} · {costText(item.cost)}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      <TextField label={`Type ${name} to confirm`} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} data-autofocus />
      <CommandEquivalent equivalent={anyChosen ? deleteWithResourcesEquivalent(id, chosen) : dropletActionEquivalent({ type: 'delete' }, id)} />
      {error ? <ActionFailure title="Couldn't delete the droplet" error={error} /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <GuardedButton type="submit" variant="danger" unavailable={unavailable} busy={pending}>
          {anyChosen ? 'Delete droplet and chosen resources' : 'Delete droplet'}
        </GuardedButton>
      </DialogActions>
    </form>
  );
};
