import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatClock } from '../format/format-date';
import { emit, replyWith, resetFakeBridge } from '../testing/fake-bridge';
import type { ApiReachability } from '../../shared/app-types';
import { ok, type Result } from '../../shared/result';
import { UnreachableNotice } from './unreachable-notice';

vi.mock('../bridge', () => import('../testing/fake-bridge'));

beforeEach(() => {
  resetFakeBridge();
});

const since = '2026-12-06T14:02:00.000Z';

describe('UnreachableNotice', () => {
  it('stays out of the way while DigitalOcean answers', async () => {
    render(<UnreachableNotice />);
    await act(async () => undefined);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows at once in a window opened while DigitalOcean is silent', async () => {
    replyWith('app.reachability', () => ok({ reachable: false, since }));
    render(<UnreachableNotice />);
    expect(await screen.findByRole('status')).toHaveTextContent(`DigitalOcean cannot be reached since ${formatClock(Date.parse(since))}.`);
  });

  it('believes an event over an answer to a question asked before it', async () => {
    let answer: (value: Result<ApiReachability>) => void = () => undefined;
    replyWith('app.reachability', () => new Promise((resolve) => (answer = resolve)));
    render(<UnreachableNotice />);
    act(() => emit('api.reachability', { reachable: true, since: '2026-12-06T14:05:00.000Z' }));
    await act(async () => answer(ok({ reachable: false, since })));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says since when DigitalOcean has not answered, and clears itself at the first answer', () => {
    render(<UnreachableNotice />);
    act(() => emit('api.reachability', { reachable: false, since }));
    expect(screen.getByRole('status')).toHaveTextContent(`DigitalOcean cannot be reached since ${formatClock(Date.parse(since))}.`);
    act(() => emit('api.reachability', { reachable: false, since }));
    expect(screen.getAllByRole('status')).toHaveLength(1);
    act(() => emit('api.reachability', { reachable: true, since: '2026-12-06T14:05:00.000Z' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
