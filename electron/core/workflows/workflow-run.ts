import type { PanelError } from '../../../shared/result';
import type { Workflow, WorkflowStatus, WorkflowStep } from '../../../shared/workflow-types';
import { toPanelError } from '../errors';
import type { Logger } from '../log';
import type { Scheduler } from '../tracker/scheduler';
import type { WorkflowStore } from './workflow-store';

/** One workflow as its steps run: the only way a flow changes its state, so every change is pushed. */
export interface WorkflowRun<W extends Workflow = Workflow> {
  /** The live state; read it, change it only through the methods below. */
  readonly workflow: W;
  /** False once the account changed or the app quits: nothing more may be sent. */
  alive(): boolean;
  running(step: string): void;
  /**
   * Marks a write step sent, before its request goes. False if it was sent already: the caller must not
   * send it (a POST is not idempotent, so a step is never sent twice).
   */
  markSent(step: string): boolean;
  done(step: string): void;
  /** Fails the step and the workflow with it: the steps that have not run are skipped. */
  fail(step: string, error: PanelError): void;
  /** Fails one step of a batch; the others carry on. */
  failOne(step: string, error: PanelError): void;
  /** A step that will not run, because the one before it failed. */
  skip(step: string): void;
  /** Adds steps (a retry's), pending. */
  addSteps(...names: string[]): void;
  /** The workflow stopped running: done, failed, or waiting for a decision. */
  end(status: Exclude<WorkflowStatus, 'running'>): void;
  /** Changes the kind's own state (a delete's last status). */
  update(change: (workflow: W) => void): void;
  /**
   * Runs the next piece of work through the scheduler (at once, or after `delayMs`) unless the run is
   * over by then. Work that throws fails the step that was running.
   */
  later(job: () => Promise<void>, delayMs?: number): void;
}

export interface WorkflowRunOptions {
  store: WorkflowStore;
  scheduler: Scheduler;
  alive: () => boolean;
  log: Logger;
}

export const createWorkflowRun = <W extends Workflow>(workflow: W, { store, scheduler, alive, log }: WorkflowRunOptions): WorkflowRun<W> => {
  const stamp = (): string => new Date(scheduler.now()).toISOString();

  const stepOf = (name: string): WorkflowStep => {
    const step = workflow.steps.find((candidate) => candidate.name === name);
    if (!step) throw new Error(`workflow ${workflow.id} has no step ${name}`);
    return step;
  };

  const set = (name: string, change: Partial<WorkflowStep>): void => {
    Object.assign(stepOf(name), change);
    store.changed(workflow);
  };

  const end = (status: Exclude<WorkflowStatus, 'running'>): void => {
    workflow.status = status;
    workflow.endedAt = stamp();
    store.changed(workflow);
    log.info(`${workflow.kind} ${workflow.id} on droplet(s) ${workflow.resource.ids.join(', ')}: ${status}`);
  };

  const fail = (name: string, error: PanelError): void => {
    set(name, { status: 'failed', error });
    for (const step of workflow.steps) if (step.status === 'pending') step.status = 'skipped';
    end('failed');
  };

  return {
    workflow,
    alive,
    running: (name) => set(name, { status: 'running' }),
    markSent(name) {
      const step = stepOf(name);
      if (step.sentAt !== undefined) return false;
      set(name, { status: 'running', sentAt: stamp() });
      return true;
    },
    done: (name) => set(name, { status: 'done' }),
    fail,
    failOne: (name, error) => set(name, { status: 'failed', error }),
    skip: (name) => set(name, { status: 'skipped' }),
    addSteps(...names) {
      workflow.steps.push(...names.map((name): WorkflowStep => ({ name, status: 'pending' })));
      workflow.status = 'running';
      delete workflow.endedAt;
      store.changed(workflow);
    },
    end,
    update(change) {
      change(workflow);
      store.changed(workflow);
    },
    later(job, delayMs = 0) {
      scheduler.setTimeout(async () => {
        if (!alive()) return;
        try {
          await job();
        } catch (error) {
          log.error(`${workflow.kind} ${workflow.id} stopped on an unexpected error`, error);
          const running = workflow.steps.find((step) => step.status === 'running');
          if (running && workflow.status === 'running') fail(running.name, toPanelError(error));
          else if (workflow.status === 'running') end('failed');
        }
      }, delayMs);
    },
  };
};
