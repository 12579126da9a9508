import type { ActionSettled } from '../../../shared/action-types';
import type { ResizeWorkflow } from '../../../shared/workflow-types';
import { dropletActionContext } from '../handlers/droplet-action-context';
import { rememberDroplet } from '../handlers/remember-droplet';
import { followAction } from '../handlers/follow-actions';
import type { FlowDeps } from './flow-deps';
import { sendOnce } from './send-once';
import type { WorkflowRun } from './workflow-run';

/** Power off (a write), wait for DigitalOcean to say it is off, resize (a write). */
export const resizeSteps = ['power-off', 'wait-off', 'resize'] as const;

/**
 * DigitalOcean may report the power-off completed a moment before the Droplet reads `off`: it is asked
 * a few times, a few seconds apart, before the flow gives up without resizing.
 */
const OFF_CHECKS = 3;
const OFF_CHECK_MS = 5_000;

const poweredOffFailed = (settled: ActionSettled): string =>
  settled.errorMessage ? `${settled.errorMessage} The droplet was not resized.` : 'DigitalOcean reported the power-off as failed. The droplet keeps its size.';

/**
 * "Power off, then resize". The power-off is sent once and followed by the action tracker; the flow
 * moves on when the tracker reports it settled (no timer guesses how long it takes), checks with
 * DigitalOcean that the Droplet is off, and only then sends the resize, once. An errored or refused
 * power-off stops the flow: the Droplet keeps its size.
 */
export const runResizeAfterPowerOff = (run: WorkflowRun<ResizeWorkflow>, { client, names, tracker, settled }: FlowDeps): void => {
  const [id] = run.workflow.resource.ids as [number];
  const { size, disk } = run.workflow.plan;

  const resize = async (): Promise<void> => {
    const action = { type: 'resize', size, disk } as const;
    run.running('resize');
    const context = await dropletActionContext(client, names, id, action);
    const sent = await sendOnce(run, 'resize', 'resize request', () => client.dropletActions.post(id, action));
    if (!sent) return;
    if (!sent.ok) return run.fail('resize', sent.error);
    followAction(tracker, sent.value, context);
    run.done('resize');
    run.end('done');
  };

  const checkOff = async (checksLeft: number): Promise<void> => {
    const droplet = await client.droplets.get(id);
    rememberDroplet(names, droplet);
    if (droplet.status === 'off') {
      run.done('wait-off');
      return resize();
    }
    if (checksLeft > 1) return run.later(() => checkOff(checksLeft - 1), OFF_CHECK_MS);
    run.fail('wait-off', {
      kind: 'conflict',
      message: `DigitalOcean says the power-off completed, but the droplet is ${droplet.status}, not off. It was not resized.`,
    });
  };

  const afterPowerOff = (outcome: ActionSettled): void =>
    run.later(async () => {
      if (outcome.outcome === 'errored') return run.fail('wait-off', { kind: 'server', message: poweredOffFailed(outcome) });
      await checkOff(OFF_CHECKS);
    });

  run.later(async () => {
    const action = { type: 'power_off' } as const;
    run.running('power-off');
    const context = await dropletActionContext(client, names, id, action);
    const sent = await sendOnce(run, 'power-off', 'power-off request', () => client.dropletActions.post(id, action));
    if (!sent) return;
    if (!sent.ok) return run.fail('power-off', sent.error);
    const actionId = sent.value.id;
    if (actionId === undefined) return run.fail('power-off', { kind: 'server', message: 'DigitalOcean did not say which action powers it off.' });
    run.done('power-off');
    run.running('wait-off');
    // Registered before the tracker takes the action: one that already ended settles during `track`.
    settled.once(actionId, afterPowerOff);
    followAction(tracker, sent.value, context);
  });
};
