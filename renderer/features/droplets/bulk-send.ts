import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RequestOf } from '../../../shared/contract';
import type { DropletRow } from '../../../shared/droplet-types';
import type { PanelError } from '../../../shared/result';
import type { Workflow } from '../../../shared/workflow-types';
import { call } from '../../bridge/call';
import { markGone } from '../../resources/gone';
import { trackedActionQueries } from '../../tracking/queries';
import { useStartWorkflow } from '../workflows/mutations';
import { useWorkflow } from '../workflows/use-workflows';
import type { BulkActionKind, BulkRoute } from './bulk-action-rules';
import { dropletQueries } from './queries';

export interface BulkRequest {
  kind: BulkActionKind;
  targets: readonly DropletRow[];
  route: BulkRoute;
  /** The snapshot name pattern, for a snapshot sent per droplet. */
  snapshotPattern?: string;
}

export interface BulkFailure {
  row: DropletRow;
  error: PanelError;
}

/** How the batch went: how many droplets it started (or deleted), and each refusal with DigitalOcean's words. */
export interface BulkResult {
  done: number;
  failures: BulkFailure[];
}

export interface BulkSend {
  /** Sends the confirmed batch, once: nothing here ever sends it again. */
  send(request: BulkRequest): void;
  /** Sent and not over yet. */
  isPending: boolean;
  /** How many droplets have an answer so far. */
  answered: number;
  /** How it went, once it is over. */
  result: BulkResult | undefined;
  /** Why it could not be sent at all (the tag request failed, or the main side would not start it). */
  error: Error | null;
}

type EachRequest = Extract<RequestOf<'workflows.start'>, { kind: 'bulk-action' | 'bulk-delete' }>;

/** One request per droplet goes as a workflow on the main side; a snapshot names itself from the pattern there. */
const workflowRequest = ({ kind, targets, snapshotPattern }: BulkRequest): EachRequest => {
  const ids = targets.map((row) => row.id);
  if (kind === 'delete') return { kind: 'bulk-delete', ids };
  if (kind === 'snapshot') return { kind: 'bulk-action', ids, action: { type: 'snapshot' }, ...(snapshotPattern ? { snapshotPattern } : {}) };
  return { kind: 'bulk-action', ids, action: { type: kind } };
};

/** The workflow's outcome, per droplet, named as the person picked them. */
const resultOf = (workflow: Workflow, targets: readonly DropletRow[]): BulkResult => {
  const rows = new Map(targets.map((row) => [row.id, row]));
  const failures = workflow.steps.flatMap((step) => {
    if (step.status !== 'failed' || step.dropletId === undefined || !step.error) return [];
    return [{ row: rows.get(step.dropletId) ?? ({ id: step.dropletId, name: `Droplet ${step.dropletId}` } as DropletRow), error: step.error }];
  });
  return { done: workflow.steps.filter((step) => step.status === 'done').length, failures };
};

/**
 * Sends a confirmed batch. Through a tag it is one request from here. One request per droplet is a
 * workflow on the main side (3 at a time, never retried, one refusal does not stop the rest), which
 * this follows through the workflow query: closing the window does not stop it.
 */
export const useBulkSend = (): BulkSend => {
  const queryClient = useQueryClient();
  const start = useStartWorkflow();
  const byTag = useMutation({
    // DigitalOcean names snapshots taken through a tag itself: no name is sent.
    mutationFn: ({ kind, tagName }: { kind: BulkActionKind; tagName: string }) =>
      call('droplets.runActionByTag', { tagName, action: { type: kind } as RequestOf<'droplets.runActionByTag'>['action'] }),
    // The tracker follows what started: its query is asked again, so each row's bar appears.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trackedActionQueries.tracked().queryKey }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: dropletQueries.details() }),
  });
  const [sent, setSent] = useState<{ workflowId: string; request: BulkRequest } | null>(null);
  const workflow = useWorkflow(sent?.workflowId);
  const over = workflow !== undefined && workflow.status !== 'running';
  const result = useMemo(() => (sent && workflow && over ? resultOf(workflow, sent.request.targets) : undefined), [sent, workflow, over]);

  // Once the batch is over, what it changed shows: deleted rows leave the lists, started actions show in theirs.
  const refreshed = useRef<string | null>(null);
  useEffect(() => {
    if (!over || !workflow || refreshed.current === workflow.id) return;
    refreshed.current = workflow.id;
    if (workflow.kind === 'bulk-delete') {
      // Gone, not reloaded: each leaves every list and its links open its tombstone.
      for (const step of workflow.steps) if (step.status === 'done' && step.dropletId !== undefined) markGone(queryClient, 'droplet', step.dropletId);
    } else {
      void queryClient.invalidateQueries({ queryKey: trackedActionQueries.tracked().queryKey });
      void queryClient.invalidateQueries({ queryKey: dropletQueries.details() });
    }
  }, [over, workflow, queryClient]);

  const startedByTag = byTag.data;
  const tagResult = useMemo(() => (startedByTag ? { done: startedByTag.length, failures: [] } : undefined), [startedByTag]);

  return {
    send(request) {
      if (request.route.kind === 'tag' && request.kind !== 'delete') byTag.mutate({ kind: request.kind, tagName: request.route.tagName });
      else start.mutate(workflowRequest(request), { onSuccess: (started) => setSent({ workflowId: started.id, request }) });
    },
    isPending: byTag.isPending || start.isPending || (sent !== null && !over),
    answered: workflow?.steps.filter((step) => step.status === 'done' || step.status === 'failed').length ?? 0,
    result: tagResult ?? result,
    error: byTag.error ?? start.error,
  };
};
