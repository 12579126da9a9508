import { useQuery } from '@tanstack/react-query';
import type { Workflow, WorkflowKind, WorkflowOf } from '../../../shared/workflow-types';
import { workflowQueries } from './queries';

/** One workflow by id (undefined until started, or once the main side forgot it). */
export const useWorkflow = (id: string | undefined): Workflow | undefined =>
  useQuery({ ...workflowQueries.list(), select: (workflows) => workflows.find((workflow) => workflow.id === id) }).data;

/** The droplet's latest workflow of a kind: the one its pane and dialog show. */
export const useDropletWorkflow = <K extends WorkflowKind>(kind: K, dropletId: number): WorkflowOf<K> | undefined =>
  useQuery({
    ...workflowQueries.list(),
    select: (workflows) => workflows.findLast((workflow): workflow is WorkflowOf<K> => workflow.kind === kind && workflow.resource.ids.includes(dropletId)),
  }).data;
