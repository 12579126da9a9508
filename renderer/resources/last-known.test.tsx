import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DropletRow } from '../../shared/droplet-types';
import type { ImageRow } from '../../shared/image-types';
import { packRows } from '../../shared/packed-rows';
import { fail, ok, type Result } from '../../shared/result';
import { formatMoment } from '../format/format-date';
import { sampleDropletRow } from '../testing/droplet-samples';
import { activeAccount, bridge, emit, replyWith, sampleAccount } from '../testing/fake-bridge';
import { sampleImageRow } from '../testing/image-samples';
import { renderApp } from '../testing/render-app';
import { setUpRendererTests } from '../testing/renderer-test-setup';
import { askLastKnownEarly, EARLY_ANSWER_KEPT_MS } from './last-known';

vi.mock('../bridge', () => import('../testing/fake-bridge'));

setUpRendererTests();

const keptAt = '2026-12-06T14:02:00.000Z';
const keptSince = formatMoment(Date.parse(keptAt));

/** A kept list as the main side answers it: its rows packed. */
const keptList = (savedAt: string, rows: readonly object[]) => ({ savedAt, rows: packRows(rows) });

const row = (id: number, name: string): DropletRow => ({ ...sampleDropletRow, id, name });
const kept = [row(1, 'kept-web'), row(2, 'kept-db')];
const fresh = [row(1, 'fresh-web'), row(2, 'fresh-db'), row(3, 'fresh-cache')];

/** An answer the test gives when it chooses: the list's fetch is in flight until then. */
const held = <T,>() => {
  let answer: (value: Result<T>) => void = () => undefined;
  const promise = new Promise<Result<T>>((resolve) => (answer = resolve));
  return { promise, answer: (value: Result<T>) => act(() => answer(value)) };
};

const dropletNames = async (): Promise<string[]> => {
  const grid = await screen.findByRole('grid', { name: 'Droplets' });
  return within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((one) => one.querySelector('.droplet-name__text')?.textContent ?? '');
};

const count = () => screen.getAllByRole('status').find((element) => element.classList.contains('resource-screen__count'));

describe('a warm start of the droplet list', () => {
  it('shows the kept rows at once, marked “from … — refreshing”, until the fresh list replaces them', async () => {
    replyWith('lists.lastKnown', () => ok(keptList(keptAt, kept)));
    const list = held<DropletRow[]>();
    replyWith('droplets.list', () => list.promise);
    renderApp('/droplets');

    await waitFor(async () => expect(await dropletNames()).toEqual(['kept-db', 'kept-web']));
    expect(screen.getByText(`from ${keptSince} — refreshing`)).toBeInTheDocument();
    expect(count()).toHaveTextContent('2 droplets (last known)');
    expect(bridge['lists.lastKnown']).toHaveBeenCalledWith({ list: 'droplets' });
    // Asked first, so that the list's own fetch finds rows to keep showing.
    await waitFor(() => expect(bridge['droplets.list']).toHaveBeenCalledOnce());
    expect(bridge['lists.lastKnown'].mock.invocationCallOrder[0]).toBeLessThan(bridge['droplets.list'].mock.invocationCallOrder[0] ?? 0);

    await list.answer(ok(fresh));
    await waitFor(async () => expect(await dropletNames()).toEqual(['fresh-cache', 'fresh-db', 'fresh-web']));
    expect(screen.queryByText(/— refreshing/)).not.toBeInTheDocument();
    expect(count()).toHaveTextContent(/^3 droplets$/);
    expect(screen.getByText(/^Updated \d+ s ago$/)).toBeInTheDocument();
  });

  it('keeps the kept rows when the fetch fails, saying from when and why, with Retry', async () => {
    replyWith('lists.lastKnown', () => ok(keptList(keptAt, kept)));
    replyWith('droplets.list', () => fail({ kind: 'server', message: 'DigitalOcean answered 500.' }));
    renderApp('/droplets');

    const notice = await screen.findByText(/Couldn’t refresh — showing data from/);
    expect(notice).toHaveTextContent(`Couldn’t refresh — showing data from ${keptSince} (DigitalOcean had an error)`);
    expect(await dropletNames()).toEqual(['kept-db', 'kept-web']);
    expect(screen.getByText(`from ${keptSince}`)).toBeInTheDocument();
    expect(count()).toHaveTextContent('2 droplets (last known)');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('shows nothing kept when nothing was, and the list as it loads', async () => {
    renderApp('/droplets');
    await waitFor(() => expect(bridge['droplets.list']).toHaveBeenCalled());
    expect(bridge['lists.lastKnown']).toHaveBeenCalledOnce();
    expect(screen.queryByText(/— refreshing/)).not.toBeInTheDocument();
  });

  it('does not ask for a tag’s list, which is not kept', async () => {
    replyWith('droplets.list', () => ok(fresh));
    renderApp('/droplets?tag=web');
    await waitFor(() => expect(bridge['droplets.list']).toHaveBeenCalledWith(expect.objectContaining({ tagName: 'web' })));
    expect(bridge['lists.lastKnown']).not.toHaveBeenCalled();
  });

  it('shows the other account’s kept rows after a switch', async () => {
    replyWith('lists.lastKnown', () => ok(keptList(keptAt, kept)));
    replyWith('droplets.list', () => ok(fresh));
    renderApp('/droplets');
    await waitFor(async () => expect(await dropletNames()).toEqual(['fresh-cache', 'fresh-db', 'fresh-web']));

    const otherKeptAt = '2026-12-07T09:30:00.000Z';
    replyWith('lists.lastKnown', () => ok(keptList(otherKeptAt, [row(9, 'other-account-box')])));
    const list = held<DropletRow[]>();
    replyWith('droplets.list', () => list.promise);
    act(() => emit('account.changed', { activeId: 'account-2' }));

    await waitFor(async () => expect(await dropletNames()).toEqual(['other-account-box']));
    expect(screen.getByText(`from ${formatMoment(Date.parse(otherKeptAt))} — refreshing`)).toBeInTheDocument();
    await list.answer(ok([row(10, 'other-account-fresh')]));
    await waitFor(async () => expect(await dropletNames()).toEqual(['other-account-fresh']));
    expect(screen.queryByText(/— refreshing/)).not.toBeInTheDocument();
  });
});

describe('the fresh fetch after the kept rows', () => {
  it('starts once the frame showing the kept rows is produced, not before', async () => {
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    try {
      replyWith('lists.lastKnown', () => ok(keptList(keptAt, kept)));
      replyWith('droplets.list', () => held<DropletRow[]>().promise);
      renderApp('/droplets');
      await waitFor(async () => expect(await dropletNames()).toEqual(['kept-db', 'kept-web']));
      await waitFor(() => expect(frames.length).toBeGreaterThan(0));
      expect(bridge['droplets.list']).not.toHaveBeenCalled();
      act(() => frames.splice(0).forEach((callback) => callback(0)));
      await waitFor(() => expect(bridge['droplets.list']).toHaveBeenCalledOnce());
    } finally {
      raf.mockRestore();
    }
  });

  it('waits for no frame in a hidden window, where none comes', async () => {
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      replyWith('lists.lastKnown', () => ok(keptList(keptAt, kept)));
      replyWith('droplets.list', () => held<DropletRow[]>().promise);
      renderApp('/droplets');
      await waitFor(() => expect(bridge['droplets.list']).toHaveBeenCalledOnce());
      expect(raf).not.toHaveBeenCalled();
    } finally {
      hidden.mockRestore();
      raf.mockRestore();
    }
  });
});

describe('the kept list asked for as the app starts', () => {
  it('is what the list shows first: asked once, before the screen mounts, then the fresh list', async () => {
    replyWith('lists.lastKnown', () => ok(keptList(keptAt, kept)));
    const list = held<DropletRow[]>();
    replyWith('droplets.list', () => list.promise);
    askLastKnownEarly({ list: 'droplets' });
    expect(bridge['lists.lastKnown']).toHaveBeenCalledWith({ list: 'droplets' });
    renderApp('/droplets');

    await waitFor(async () => expect(await dropletNames()).toEqual(['kept-db', 'kept-web']));
    expect(screen.getByText(`from ${keptSince} — refreshing`)).toBeInTheDocument();
    expect(count()).toHaveTextContent('2 droplets (last known)');
    // The query took the early answer rather than asking again.
    expect(bridge['lists.lastKnown']).toHaveBeenCalledOnce();
    await waitFor(() => expect(bridge['droplets.list']).toHaveBeenCalledOnce());
    expect(bridge['lists.lastKnown'].mock.invocationCallOrder[0]).toBeLessThan(bridge['droplets.list'].mock.invocationCallOrder[0] ?? 0);

    await list.answer(ok(fresh));
    await waitFor(async () => expect(await dropletNames()).toEqual(['fresh-cache', 'fresh-db', 'fresh-web']));
    expect(screen.queryByText(/— refreshing/)).not.toBeInTheDocument();
  });

  it('is not shown for another account than the one the app shows: that one’s kept list is asked for', async () => {
    const before = { ...sampleAccount, id: 'account-before-switch' };
    replyWith('accounts.current', () => ok({ state: 'active', account: before }));
    replyWith('lists.lastKnown', () => ok(keptList(keptAt, [row(9, 'other-account-box')])));
    askLastKnownEarly({ list: 'droplets' });
    // The account switched before the app asked which one is current.
    await waitFor(() => expect(bridge['accounts.current']).toHaveBeenCalledOnce());
    replyWith('accounts.current', () => ok(activeAccount));
    replyWith('lists.lastKnown', () => ok(keptList(keptAt, kept)));
    replyWith('droplets.list', () => held<DropletRow[]>().promise);
    renderApp('/droplets');

    await waitFor(async () => expect(await dropletNames()).toEqual(['kept-db', 'kept-web']));
    expect(bridge['lists.lastKnown']).toHaveBeenCalledTimes(2);
  });

  it('is dropped when no list took it in time, and the list then asks for its own', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      replyWith('lists.lastKnown', () => ok(keptList(keptAt, [row(9, 'stale-early-box')])));
      askLastKnownEarly({ list: 'droplets' });
      // The answer arrives (promises only), then its time runs out.
      await vi.advanceTimersByTimeAsync(0);
      await vi.advanceTimersByTimeAsync(EARLY_ANSWER_KEPT_MS);
    } finally {
      vi.useRealTimers();
    }
    replyWith('lists.lastKnown', () => ok(keptList(keptAt, kept)));
    replyWith('droplets.list', () => held<DropletRow[]>().promise);
    renderApp('/droplets');

    await waitFor(async () => expect(await dropletNames()).toEqual(['kept-db', 'kept-web']));
    expect(bridge['lists.lastKnown']).toHaveBeenCalledTimes(2);
  });
});

describe('a warm start of an image list', () => {
  it('shows the kept snapshots at once, marked, until the fresh list replaces them', async () => {
    const keptImage: ImageRow = { ...sampleImageRow, name: 'kept-snapshot' };
    replyWith('lists.lastKnown', (request) => ok(request.list === 'images' && 'private' in request.filter ? keptList(keptAt, [keptImage]) : null));
    const list = held<ImageRow[]>();
    replyWith('images.list', () => list.promise);
    renderApp('/images');

    expect(await screen.findByText('kept-snapshot')).toBeInTheDocument();
    expect(screen.getByText(`from ${keptSince} — refreshing`)).toBeInTheDocument();
    expect(count()).toHaveTextContent('1 image (last known)');
    expect(bridge['lists.lastKnown']).toHaveBeenCalledWith({ list: 'images', filter: { private: true } });

    await list.answer(ok([{ ...sampleImageRow, name: 'fresh-snapshot' }]));
    expect(await screen.findByText('fresh-snapshot')).toBeInTheDocument();
    expect(screen.queryByText('kept-snapshot')).not.toBeInTheDocument();
    expect(screen.queryByText(/— refreshing/)).not.toBeInTheDocument();
    expect(count()).toHaveTextContent(/^1 image$/);
  });
});
