import { isWorkflowRunning, type ResizeWorkflow } from '../../../shared/workflow-types';
import { useDropletWorkflow } from '../workflows/use-workflows';

/** The droplet's latest "shut down (or power off), then resize", as the main side runs it. */
export const useResizeFlow = (id: number): ResizeWorkflow | undefined => useDropletWorkflow('resize-after-power-off', id);

/**
 * True while the flow has not ended, or waits for the person to decide about a shutdown that did not
 * finish: a second one must not start beside it, and the menu says so.
 */
export const isResizeFlowRunning = (flow: ResizeWorkflow | undefined): boolean => isWorkflowRunning(flow) || flow?.status === 'needs-decision';
