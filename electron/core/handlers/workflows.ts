import type { workflowOperations } from '../../../shared/operations/workflows';
import type { AreaHandlers, HandlerDeps } from './deps';

/** The workflow service does the work; these only hand it the request. None of them waits for a workflow to end. */
export const workflowHandlers = ({ workflows }: HandlerDeps): AreaHandlers<keyof typeof workflowOperations> => ({
  'workflows.start': async (request) => workflows.start(request),
  /** Answers from memory: following a workflow costs no API request. */
  'workflows.list': async () => workflows.list(),
  'workflows.retry': async ({ id }) => workflows.retry(id),
  'workflows.dismiss': async ({ id }) => {
    workflows.dismiss(id);
    return { id };
  },
});
