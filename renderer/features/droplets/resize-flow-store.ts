/*
 * The flow's state lives on the main side now (electron/core/workflows); this path stays only because
 * droplet-actions.tsx, which the action-catalogue work owns, still imports it from here. Point that
 * import at use-resize-workflow.ts and delete this file.
 */
export { isResizeFlowRunning, useResizeFlow } from './use-resize-workflow';
