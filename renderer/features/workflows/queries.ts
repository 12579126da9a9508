import { queryOptions } from '@tanstack/react-query';
import { isWorkflowRunning, type Workflow } from '../../../shared/workflow-types';
import { call } from '../../bridge/call';

/**
 * While a workflow runs, how often the list is asked again (no API request): `workflows.changed`
 * already asks at once, this only covers an event lost while the browser-mode socket reconnects.
 */
export const workflowPollMs = 2_000;

export const workflowRefetchInterval = (data: readonly Workflow[] | undefined): number | false =>
  data?.some(isWorkflowRunning) ? workflowPollMs : false;

/** The main side's workflows on the current account: the one query every view of them reads. */
export const workflowQueries = {
  all: () => ['workflows'] as const,
  list: () =>
    queryOptions({
      queryKey: [...workflowQueries.all(), 'list'] as const,
      queryFn: () => call('workflows.list', {}),
      staleTime: 0,
      refetchInterval: (query) => workflowRefetchInterval(query.state.data),
    }),
};
