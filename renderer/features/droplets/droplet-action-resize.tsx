import { useQuery } from '@tanstack/react-query';
import { dropletActionEquivalent } from '../../../shared/actions/equivalents';
import { CommandEquivalent } from '../../components/command-equivalent';
import { useEffect, useState, type FormEvent } from 'react';
import type { Droplet, Size } from '../../../shared/do-types';
import type { ResizeStop, ResizeWorkflow } from '../../../shared/workflow-types';
import { BridgeError } from '../../bridge/call';
import { Button } from '../../components/button';
import { Callout } from '../../components/callout';
import { DialogActions } from '../../components/dialog';
import { GuardedButton } from '../../components/guarded-button';
import { SelectField } from '../../components/select-field';
import { catalogQueries } from '../../catalog/queries';
import { ActionFailure } from '../../components/action-failure';
import { formatMemory, formatPrice } from './droplet-format';
import { useRunDropletAction } from './mutations';
import { resizeChoices } from './resize-sizes';
import { isResizeFlowRunning, useResizeFlow } from './use-resize-workflow';
import { useDismissWorkflow, useRetryWorkflow, useStartWorkflow } from '../workflows/mutations';

/** Where the droplet stands, as resizing needs it. */
export interface ResizeTarget {
  regionSlug: string;
  sizeSlug: string;
  vcpus: number;
  memoryMb: number;
  priceMonthly: number;
  /** The droplet's own disk, which may be smaller than its size's after a CPU-and-RAM-only resize. */
  diskGb: number;
  status: Droplet['status'];
}

const sizeLabel = (size: Size): string =>
  `${size.slug}: ${size.vcpus} vCPU · ${formatMemory(size.memory)} · ${size.disk} GB disk · ${formatPrice(size.price_monthly)}/month`;

const powerOffFailed = "Couldn't power off the droplet, so it was not resized";
const shutdownFailed = "Couldn't shut down the droplet, so it was not resized";

/** What stopped the flow, by the step that failed: the stop (sent or followed), or the resize itself. */
const failureTitle = (flow: ResizeWorkflow, step: string): string =>
  step === 'resize'
    ? 'The droplet is off, but DigitalOcean refused the resize'
    : flow.plan.stop === 'shutdown' && (step === 'shutdown' || (step === 'wait-off' && !flow.steps.some((one) => one.name === 'power-off')))
      ? shutdownFailed
      : powerOffFailed;

/** The text while the flow runs: which step, of how many, and what comes next. */
const runningText = (flow: ResizeWorkflow): string => {
  const size = flow.plan.size;
  if (flow.steps.some((step) => step.name === 'resize' && step.status === 'running')) return `Last step: the droplet is off; sending the resize to ${size}.`;
  if (flow.plan.stop === 'shutdown' && flow.steps.some((step) => step.name === 'power-off')) {
    return `The shutdown did not finish: powering off (a hard power cut), then resizing to ${size}. The resize is sent once the power-off completes.`;
  }
  return flow.plan.stop === 'shutdown'
    ? `Shutting down cleanly, then resizing to ${size}. The resize is sent once the droplet is off.`
    : `Powering off, then resizing to ${size}. The resize is sent once the power-off completes.`;
};

/** The shutdown did not stop the droplet: the person chooses the hard power off, or to leave it as it is. */
const ShutdownDecision = ({ flow, message }: { flow: ResizeWorkflow; message: string }) => {
  const retry = useRetryWorkflow();
  const dismiss = useDismissWorkflow();
  return (
    <div className="droplet-resize-flow">
      <Callout tone="warning" title="The droplet has not shut down" role="alert">
        <p>{message}</p>
        <p>A power off is like pulling the plug: anything not yet written to disk is lost. If the shutdown finishes while you decide, the resize goes on by itself.</p>
      </Callout>
      {retry.error ? <ActionFailure title={powerOffFailed} error={retry.error} /> : null}
      <div className="droplet-resize-flow__choices">
        <Button size="sm" variant="danger" busy={retry.isPending} onClick={() => retry.isPending || retry.mutate(flow.id)}>
          Power off, then resize
        </Button>
        <Button size="sm" variant="secondary" busy={dismiss.isPending} onClick={() => dismiss.isPending || dismiss.mutate(flow.id)}>
          Leave it as it is
        </Button>
      </div>
    </div>
  );
};

/** Where "shut down (or power off), then resize" is, in words; a failure says what stopped it and can be dismissed. */
export const ResizeFlowStatus = ({ flow }: { flow: ResizeWorkflow }) => {
  const dismiss = useDismissWorkflow();
  const failed = flow.steps.find((step) => step.status === 'failed');
  if (flow.status === 'needs-decision') {
    return <ShutdownDecision flow={flow} message={failed?.error?.message ?? 'The droplet has not shut down.'} />;
  }
  if (flow.status === 'failed' && failed?.error) {
    return (
      <div className="droplet-resize-flow">
        <ActionFailure title={failureTitle(flow, failed.name)} error={new BridgeError(failed.error)} />
        <Button size="sm" variant="secondary" busy={dismiss.isPending} onClick={() => dismiss.isPending || dismiss.mutate(flow.id)}>
          Dismiss
        </Button>
      </div>
    );
  }
  if (flow.status !== 'running') return null;
  return (
    <p className="droplet-resize-flow" role="status">
      {runningText(flow)}
    </p>
  );
};

/**
 * Resize: a size offered in the droplet's region, CPU and RAM only (reversible) or with the disk
 * (permanent). A droplet must be off to resize; a running one is powered off first, as one flow.
 */
export const ResizeBody = ({ id, target, onCancel, onDone }: { id: number; target: ResizeTarget; onCancel: () => void; onDone: () => void }) => {
  const sizes = useQuery(catalogQueries.sizes());
  const run = useRunDropletAction(id);
  const start = useStartWorkflow();
  const flow = useResizeFlow(id);
  // The flow this dialog started: its end closes the dialog, an older one's does not.
  const [startedHere, setStartedHere] = useState<string | null>(null);
  const [withDisk, setWithDisk] = useState(false);
  // A clean shutdown first, as DigitalOcean's own panel does; the hard cut stays one click away.
  const [stop, setStop] = useState<ResizeStop>('shutdown');
  const [chosen, setChosen] = useState('');
  const choices = resizeChoices(sizes.data ?? [], target);
  const size = choices.find((candidate) => candidate.slug === chosen);
  const flowRunning = isResizeFlowRunning(flow) || start.isPending;

  useEffect(() => {
    if (startedHere !== null && flow?.id === startedHere && flow.status === 'done') onDone();
  }, [startedHere, flow?.id, flow?.status, onDone]);

  const unavailable = flowRunning
    ? 'A resize is already under way.'
    : sizes.isPending
      ? 'The sizes are loading.'
      : size === undefined
        ? 'Choose a size.'
        : target.status !== 'off' && target.status !== 'active'
          ? 'The droplet must be off to resize.'
          : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unavailable !== null || size === undefined || run.isPending || start.isPending) return;
    const plan = { size: size.slug, disk: withDisk };
    if (target.status === 'off') {
      run.mutate({ type: 'resize', ...plan }, { onSuccess: onDone });
    } else {
      // The main side runs it from here on: closing the dialog, or the window, does not stop it.
      start.mutate({ kind: 'resize-after-power-off', id, ...plan, stop }, { onSuccess: (started) => setStartedHere(started.id) });
    }
  };

  return (
    <form className="droplet-action-dialog" onSubmit={submit} noValidate>
      <p>
        Current size: <code>{target.sizeSlug}</code>, {target.vcpus} vCPU · {formatMemory(target.memoryMb)} · {target.diskGb} GB disk ·{' '}
        {formatPrice(target.priceMonthly)}/month.
      </p>
      <fieldset className="droplet-choice">
        <legend>What to resize</legend>
        <label className="droplet-choice__option">
          <input type="radio" name="resize-disk" checked={!withDisk} onChange={() => setWithDisk(false)} />
          <span>CPU and RAM only (reversible: you can resize back down later)</span>
        </label>
        <label className="droplet-choice__option">
          <input type="radio" name="resize-disk" checked={withDisk} onChange={() => setWithDisk(true)} />
          <span>CPU, RAM and disk (permanent: the disk can never be made smaller again)</span>
        </label>
      </fieldset>
      {sizes.error ? <ActionFailure title="Couldn't load the sizes" error={sizes.error} /> : null}
      <SelectField
        label="New size"
        value={size ? size.slug : ''}
        onChange={setChosen}
        options={[
          { value: '', label: choices.length === 0 && !sizes.isPending ? 'No other size is offered in its region' : 'Choose a size…' },
          ...choices.map((candidate) => ({ value: candidate.slug, label: sizeLabel(candidate) })),
        ]}
      />
      <p>Only sizes offered in {target.regionSlug} with a disk at least as large as the droplet’s {target.diskGb} GB are listed: a disk cannot shrink.</p>
      {withDisk ? <Callout tone="warning">Growing the disk is permanent: the droplet can never be resized to a size with a smaller disk again.</Callout> : null}
      {target.status === 'active' && !flowRunning ? (
        <fieldset className="droplet-choice">
          <legend>The droplet is on: how to stop it first</legend>
          <label className="droplet-choice__option">
            <input type="radio" name="resize-stop" checked={stop === 'shutdown'} onChange={() => setStop('shutdown')} />
            <span>Shut down cleanly (recommended): the operating system stops its services and writes what it holds to disk</span>
          </label>
          <label className="droplet-choice__option">
            <input type="radio" name="resize-stop" checked={stop === 'power_off'} onChange={() => setStop('power_off')} />
            <span>Power off: a hard power cut, for a droplet that does not respond</span>
          </label>
          <p className="droplet-choice__note">
            It is resized once DigitalOcean says it is off, and stays off afterwards.
            {stop === 'shutdown' ? ' If it has not shut down within a few minutes, you are asked before it is powered off.' : ''}
          </p>
        </fieldset>
      ) : null}
      {flow ? <ResizeFlowStatus flow={flow} /> : null}
      <CommandEquivalent equivalent={size === undefined ? null : dropletActionEquivalent({ type: 'resize', size: size.slug, disk: withDisk }, id)} waitingFor="Choose a size to see the command." />
      {run.error ? <ActionFailure title="Couldn't resize the droplet" error={run.error} /> : null}
      {start.error ? <ActionFailure title={stop === 'shutdown' ? shutdownFailed : powerOffFailed} error={start.error} /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          {flowRunning ? 'Continue in the background' : 'Cancel'}
        </Button>
        <GuardedButton type="submit" variant={withDisk ? 'danger' : 'primary'} unavailable={unavailable} busy={run.isPending || flowRunning}>
          {target.status === 'off' ? 'Resize' : stop === 'shutdown' ? 'Shut down, then resize' : 'Power off, then resize'}
        </GuardedButton>
      </DialogActions>
    </form>
  );
};
