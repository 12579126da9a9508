import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call } from '../../bridge/call';
import { noteStartedAction } from '../../tracking/note-started';
import { useTrackedDropletActions } from '../../tracking/use-tracked-actions';
import { dropletQueries } from './queries';
import { resizeFlows, useResizeFlow, type ResizePlan } from './resize-flow-store';

const powerOffFailed = "Couldn't power off the droplet, so it was not resized";

/**
 * Starts "power off, then resize": sends the power-off (once, never retried) and notes its action;
 * `useResizeFlowDriver` sends the resize when DigitalOcean says the power-off completed.
 */
export const startPowerOffThenResize = async (queryClient: QueryClient, id: number, plan: ResizePlan): Promise<void> => {
  resizeFlows.begin(id, plan);
  try {
    const started = await call('droplets.runAction', { id, action: { type: 'power_off' } });
    noteStartedAction(queryClient, started.tracked);
    const actionId = started.tracked?.id ?? started.action.id;
    if (actionId === undefined) resizeFlows.fail(id, { title: powerOffFailed, message: 'DigitalOcean did not say which action powers it off.' });
    else resizeFlows.powerOffSent(id, actionId);
  } catch (error) {
    resizeFlows.fail(id, { title: powerOffFailed, error: error instanceof Error ? error : new Error(String(error)) });
  } finally {
    void queryClient.invalidateQueries({ queryKey: dropletQueries.history(id).queryKey });
  }
};

/**
 * Moves the droplet's "power off, then resize" on. It waits for DigitalOcean, not for a timer: while
 * the tracker follows the power-off nothing happens; once it no longer does, the droplet's history
 * and description are asked again, and the resize is sent only when the history says the power-off
 * completed and the description says the droplet is off. An errored power-off stops the flow.
 */
export const useResizeFlowDriver = (id: number): void => {
  const queryClient = useQueryClient();
  const flow = useResizeFlow(id);
  const running = useTrackedDropletActions().get(id);
  const actionId = flow?.step === 'powering-off' ? flow.powerOffActionId : null;
  const waiting = actionId !== null;
  const history = useQuery({ ...dropletQueries.history(id), enabled: waiting });
  const detail = useQuery({ ...dropletQueries.detail(id), enabled: waiting });
  const settling = waiting && running === undefined;
  const powerOff = waiting ? history.data?.find((action) => action.id === actionId) : undefined;
  const dropletOff = detail.data?.status === 'off';

  // The tracker let go of the power-off: what DigitalOcean now says about it decides the next step.
  useEffect(() => {
    if (!settling) return;
    void queryClient.invalidateQueries({ queryKey: dropletQueries.history(id).queryKey });
    void queryClient.invalidateQueries({ queryKey: dropletQueries.detail(id).queryKey });
  }, [settling, queryClient, id]);

  useEffect(() => {
    if (!settling || flow === undefined || powerOff === undefined) return;
    if (powerOff.status === 'errored') {
      resizeFlows.fail(id, { title: powerOffFailed, message: 'DigitalOcean reported the power-off as failed. The droplet keeps its size.' });
      return;
    }
    if (powerOff.status !== 'completed' || !dropletOff || !resizeFlows.claimResize(id)) return;
    const { size, disk } = flow.plan;
    call('droplets.runAction', { id, action: { type: 'resize', size, disk } })
      .then((started) => {
        noteStartedAction(queryClient, started.tracked);
        resizeFlows.finish(id);
      })
      .catch((error: unknown) => {
        resizeFlows.fail(id, {
          title: "The droplet is off, but DigitalOcean refused the resize",
          error: error instanceof Error ? error : new Error(String(error)),
        });
      })
      .finally(() => void queryClient.invalidateQueries({ queryKey: dropletQueries.history(id).queryKey }));
  }, [settling, flow, powerOff, dropletOff, queryClient, id]);
};
