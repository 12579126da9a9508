import { create } from 'zustand';

/** The size to move to, and whether the disk grows with it (permanent). */
export interface ResizePlan {
  size: string;
  disk: boolean;
}

/** Why the flow stopped: the bridge's error (DigitalOcean's message and request id), or words of our own. */
export interface ResizeFlowFailure {
  title: string;
  error?: Error;
  message?: string;
}

/**
 * "Power off, then resize" for one droplet: `powering-off` until DigitalOcean says the power-off
 * completed and the droplet is off (`powerOffActionId` is null while that request is on its way),
 * `resizing` while the one resize request is on its way, then `done`, or `failed` with why.
 */
export interface ResizeFlow {
  plan: ResizePlan;
  step: 'powering-off' | 'resizing' | 'done' | 'failed';
  powerOffActionId: number | null;
  failure: ResizeFlowFailure | null;
}

interface ResizeFlowState {
  flows: Readonly<Record<number, ResizeFlow>>;
}

/**
 * The flows in progress, by droplet id. A store rather than a component's state: the flow outlives
 * the dialog that started it (the pane shows where it is once the dialog is closed).
 */
const useResizeFlowStore = create<ResizeFlowState>()(() => ({ flows: {} }));

const update = (id: number, change: (flow: ResizeFlow) => ResizeFlow | null): void =>
  useResizeFlowStore.setState((state) => {
    const flow = state.flows[id];
    if (flow === undefined) return state;
    const next = change(flow);
    const flows = { ...state.flows };
    if (next === null) delete flows[id];
    else flows[id] = next;
    return { flows };
  });

export const useResizeFlow = (id: number): ResizeFlow | undefined => useResizeFlowStore((state) => state.flows[id]);

/** The droplets with a flow still running, as a stable string so the selector does not re-render on every change. */
const useRunningFlowKey = (): string =>
  useResizeFlowStore((state) =>
    Object.entries(state.flows)
      .filter(([, flow]) => isResizeFlowRunning(flow))
      .map(([id]) => id)
      .join(','),
  );

/** The ids of droplets whose flow has not ended. */
export const useRunningResizeFlowIds = (): number[] => {
  const key = useRunningFlowKey();
  return key === '' ? [] : key.split(',').map(Number);
};

/** True while a flow has not ended (done or failed): a second one must not start beside it. */
export const isResizeFlowRunning = (flow: ResizeFlow | undefined): boolean => flow !== undefined && (flow.step === 'powering-off' || flow.step === 'resizing');

export const resizeFlows = {
  begin: (id: number, plan: ResizePlan): void =>
    useResizeFlowStore.setState((state) => ({ flows: { ...state.flows, [id]: { plan, step: 'powering-off', powerOffActionId: null, failure: null } } })),
  powerOffSent: (id: number, actionId: number): void => update(id, (flow) => (flow.step === 'powering-off' ? { ...flow, powerOffActionId: actionId } : flow)),
  /**
   * Moves a flow whose power-off completed to `resizing`, once: true for the one caller that may now
   * send the resize, false for every other (a second render, a second effect run).
   */
  claimResize: (id: number): boolean => {
    const flow = useResizeFlowStore.getState().flows[id];
    if (flow?.step !== 'powering-off' || flow.powerOffActionId === null) return false;
    update(id, (current) => ({ ...current, step: 'resizing' }));
    return true;
  },
  finish: (id: number): void => update(id, (flow) => ({ ...flow, step: 'done' })),
  fail: (id: number, failure: ResizeFlowFailure): void => update(id, (flow) => ({ ...flow, step: 'failed', failure })),
  dismiss: (id: number): void => update(id, () => null),
  /** For tests: module state outlives a render. */
  reset: (): void => useResizeFlowStore.setState({ flows: {} }),
};
