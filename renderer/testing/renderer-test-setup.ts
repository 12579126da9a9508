import { afterEach, beforeEach } from 'vitest';
import type { CurrentAccount } from '../../shared/account-types';
import { ok } from '../../shared/result';
import { activeAccount, replyWith, resetFakeBridge } from './fake-bridge';
import { resetUiState } from './render-app';
import { stubElementSize } from './viewport';

/**
 * Registers the beforeEach/afterEach every app-rendering test file shares: a fresh fake bridge and
 * default UI stores, then (unless turned off) a viewport-sized layout for virtualized lists and an
 * answer to `accounts.current`. Call it at the top of the file, before the file's own hooks, so
 * they run after this setup and can add their replies. The calling file must still
 * `vi.mock('…/bridge', () => import('…/testing/fake-bridge'))` itself: vi.mock is hoisted per file.
 */
export const setUpRendererTests = ({ account = activeAccount, size = true }: { account?: CurrentAccount | null; size?: boolean } = {}): void => {
  let restoreSize: (() => void) | undefined;
  beforeEach(() => {
    resetFakeBridge();
    resetUiState();
    if (size) restoreSize = stubElementSize();
    if (account) replyWith('accounts.current', () => ok(account));
  });
  afterEach(() => {
    restoreSize?.();
    restoreSize = undefined;
  });
};
