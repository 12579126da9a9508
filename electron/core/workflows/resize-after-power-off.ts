import type { ActionSettled } from '../../../shared/action-types';
import type { ResizeStop, ResizeWorkflow } from '../../../shared/workflow-types';
import { dropletActionContext } from '../handlers/droplet-action-context';
import { rememberDroplet } from '../handlers/remember-droplet';
import { followAction } from '../handlers/follow-actions';
import type { FlowDeps } from './flow-deps';
import { sendOnce } from './send-once';
import type { WorkflowRun } from './workflow-run';

/** Stop (a write), wait for DigitalOcean to say it is off, resize (a write). */
export const resizeSteps = (stop: ResizeStop): string[] => [stop === 'shutdown' ? 'shutdown' : 'power-off', 'wait-off', 'resize'];

/** The steps a hard power off adds after a clean shutdown did not stop the Droplet. */
const FALLBACK_STEPS = ['power-off', 'wait-power-off'] as const;

/**
 * DigitalOcean may report the power-off completed a moment before the Droplet reads `off`: it is asked
 * a few times, a few seconds apart, before the flow gives up without resizing.
 */
const OFF_CHECKS = 3;
const OFF_CHECK_MS = 5_000;
/** An operating system that has not shut down in this long is not going to on its own: the person is asked. */
export const SHUTDOWN_PATIENCE_MS = 3 * 60_000;

const poweredOffFailed = (settled: ActionSettled): string =>
  settled.errorMessage ? `${settled.errorMessage} The droplet was not resized.` : 'DigitalOcean reported the power-off as failed. The droplet keeps its size.';

/**
 * "Shut down (or power off), then resize". The stop is sent once and followed by the action tracker;
 * the flow moves on when the tracker reports it settled, checks with DigitalOcean that the Droplet is
 * off, and only then sends the resize, once.
 *
 * A hard power off that errors or is refused stops the flow: the Droplet keeps its size. A clean
 * shutdown that errors, or has not finished after `SHUTDOWN_PATIENCE_MS`, waits for a decision: the
 * returned function, called by `workflows.retry`, powers it off and carries on; a shutdown that
 * completes while the decision waits carries on by itself.
 */
export const runResizeAfterPowerOff = (run: WorkflowRun<ResizeWorkflow>, { client, names, tracker, settled }: FlowDeps): (() => void) => {
  const [id] = run.workflow.resource.ids as [number];
  const { size, disk, stop } = run.workflow.plan;
  /** Set once the shutdown is given up on (errored or too slow); a late completion is still welcome. */
  let shutdownGivenUp = false;
  let poweringOff = false;

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

  const checkOff = async (waitStep: string, checksLeft: number): Promise<void> => {
    const droplet = await client.droplets.get(id);
    rememberDroplet(names, droplet);
    if (droplet.status === 'off') {
      run.done(waitStep);
      return resize();
    }
    if (checksLeft > 1) return run.later(() => checkOff(waitStep, checksLeft - 1), OFF_CHECK_MS);
    run.fail(waitStep, {
      kind: 'conflict',
      message: `DigitalOcean says the droplet was stopped, but it is ${droplet.status}, not off. It was not resized.`,
    });
  };

  /** The clean shutdown did not stop the Droplet: nothing more is sent until the person decides. */
  const askForPowerOff = (message: string): void => {
    if (shutdownGivenUp || poweringOff || run.workflow.status !== 'running') return;
    shutdownGivenUp = true;
    run.failOne('wait-off', { kind: 'timeout', message });
    run.end('needs-decision');
  };

  const afterShutdown = (outcome: ActionSettled): void =>
    run.later(async () => {
      if (poweringOff) return;
      if (outcome.outcome === 'errored') {
        return askForPowerOff('DigitalOcean reported the shutdown as failed: the operating system did not stop. Power it off instead?');
      }
      if (shutdownGivenUp) {
        // It shut down after all while the decision waited: carry on as first asked.
        shutdownGivenUp = false;
        run.update((workflow) => {
          workflow.status = 'running';
          delete workflow.endedAt;
          const waiting = workflow.steps.find((step) => step.name === 'wait-off');
          if (waiting) {
            waiting.status = 'running';
            delete waiting.error;
          }
        });
      }
      await checkOff('wait-off', OFF_CHECKS);
    });

  const afterPowerOff = (waitStep: string) => (outcome: ActionSettled) =>
    run.later(async () => {
      if (outcome.outcome === 'errored') return run.fail(waitStep, { kind: 'server', message: poweredOffFailed(outcome) });
      await checkOff(waitStep, OFF_CHECKS);
    });

  /** Sends the stop once and hands it to the tracker; its settle moves the flow on. */
  const sendStop = async (step: string, waitStep: string, type: 'shutdown' | 'power_off', onSettled: (outcome: ActionSettled) => void): Promise<boolean> => {
    const action = { type } as const;
    run.running(step);
    const context = await dropletActionContext(client, names, id, action);
    const sent = await sendOnce(run, step, `${type === 'shutdown' ? 'shutdown' : 'power-off'} request`, () => client.dropletActions.post(id, action));
    if (!sent) return false;
    if (!sent.ok) {
      run.fail(step, sent.error);
      return false;
    }
    const actionId = sent.value.id;
    if (actionId === undefined) {
      run.fail(step, { kind: 'server', message: 'DigitalOcean did not say which action stops it.' });
      return false;
    }
    run.done(step);
    run.running(waitStep);
    // Registered before the tracker takes the action: one that already ended settles during `track`.
    settled.once(actionId, onSettled);
    followAction(tracker, sent.value, context);
    return true;
  };

  run.later(async () => {
    if (stop === 'power_off') {
      await sendStop('power-off', 'wait-off', 'power_off', afterPowerOff('wait-off'));
      return;
    }
    if (await sendStop('shutdown', 'wait-off', 'shutdown', afterShutdown)) {
      run.later(() => {
        askForPowerOff(`The droplet has not shut down after ${SHUTDOWN_PATIENCE_MS / 60_000} minutes. Power it off instead (like pulling the plug)?`);
        return Promise.resolve();
      }, SHUTDOWN_PATIENCE_MS);
    }
  });

  /** The person chose the hard power off: the resize moves after it. */
  return () => {
    if (run.workflow.status !== 'needs-decision' || poweringOff) return;
    poweringOff = true;
    run.update((workflow) => {
      const resizeStep = workflow.steps.find((step) => step.name === 'resize');
      workflow.steps = [...workflow.steps.filter((step) => step.name !== 'resize'), ...FALLBACK_STEPS.map((name) => ({ name, status: 'pending' as const })), ...(resizeStep ? [resizeStep] : [])];
      workflow.status = 'running';
      delete workflow.endedAt;
    });
    run.later(async () => {
      await sendStop('power-off', 'wait-power-off', 'power_off', afterPowerOff('wait-power-off'));
    });
  };
};
