import { BridgeError } from '../bridge/call';

/** DigitalOcean answered 404: the resource no longer exists (or never did on this account). */
export const isNotFound = (error: unknown): boolean => error instanceof BridgeError && error.detail.kind === 'not_found';
