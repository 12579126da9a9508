/**
 * Who a request to DigitalOcean is for, highest first: `user` (a click, an open dialog, the user's
 * Refresh), `visible` (what the screen on show needs by itself: a settle's refetch by id, a stale
 * list refreshed on focus), `background` (the tracker, the idle watch, history reads). The account's
 * rate governor spends the budget in this order.
 */
export const priorities = ['user', 'visible', 'background'] as const;

export type Priority = (typeof priorities)[number];

/** The lower of two priorities: a caller can lower the priority of what it asks for, never raise it. */
export const lowerPriority = (a: Priority, b: Priority): Priority => (priorities.indexOf(a) >= priorities.indexOf(b) ? a : b);

/**
 * What the renderer may say about a call besides its request. The renderer is untrusted, so it may only
 * lower a call's priority below `user` (the default); the main side checks this before a handler runs.
 */
export interface BridgeCallOptions {
  priority?: 'visible';
}
