import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract';
import type { Workflow } from '../../../shared/workflow-types';
import { call } from '../../bridge/call';
import { workflowQueries } from './queries';

/** Shows the workflow's answer at once, then asks for the list again. */
const noteWorkflow = (queryClient: QueryClient, workflow: Workflow): Promise<void> => {
  queryClient.setQueryData<Workflow[]>(workflowQueries.list().queryKey, (workflows = []) => [...workflows.filter((one) => one.id !== workflow.id), workflow]);
  return queryClient.invalidateQueries({ queryKey: workflowQueries.all() });
};

/** Starts a workflow on the main side, once (a mutation never retries); it goes on without this window. */
export const useStartWorkflow = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RequestOf<'workflows.start'>) => call('workflows.start', request),
    onSuccess: (workflow) => noteWorkflow(queryClient, workflow),
  });
};

/** Asks DigitalOcean again to delete what a delete with associated resources left. */
export const useRetryWorkflow = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('workflows.retry', { id }),
    onSuccess: (workflow) => noteWorkflow(queryClient, workflow),
  });
};

/** Forgets an ended workflow: its outcome leaves the screen. */
export const useDismissWorkflow = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('workflows.dismiss', { id }),
    onSuccess: ({ id }) => {
      queryClient.setQueryData<Workflow[]>(workflowQueries.list().queryKey, (workflows) => workflows?.filter((one) => one.id !== id));
      return queryClient.invalidateQueries({ queryKey: workflowQueries.all() });
    },
  });
};
