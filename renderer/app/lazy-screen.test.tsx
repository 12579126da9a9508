import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { areaOfHash } from './screens';
import { lazyScreen } from './lazy-screen';

/** A chunk whose loading the test finishes (or fails) when it says. */
const deferredChunk = () => {
  let finish: (component: () => React.JSX.Element) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  let loads = 0;
  const load = () => {
    loads += 1;
    return new Promise<() => React.JSX.Element>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return { load, finish: (component: () => React.JSX.Element) => finish(component), fail: (error: Error) => fail(error), loads: () => loads };
};

const Loaded = () => <h1>Loaded page</h1>;

describe('lazy screens', () => {
  it('shows the fallback until its chunk arrives, then the screen', async () => {
    const chunk = deferredChunk();
    const { Component } = lazyScreen(chunk.load);
    render(
      <Suspense fallback={<p>Skeleton</p>}>
        <Component />
      </Suspense>,
    );
    expect(screen.getByText('Skeleton')).toBeInTheDocument();
    await act(async () => chunk.finish(Loaded));
    expect(await screen.findByRole('heading', { name: 'Loaded page' })).toBeInTheDocument();
    expect(screen.queryByText('Skeleton')).toBeNull();
  });

  it('renders a preloaded screen at once: no fallback even for one render', async () => {
    const chunk = deferredChunk();
    const lazy = lazyScreen(chunk.load);
    const preloaded = lazy.preload();
    chunk.finish(Loaded);
    await preloaded;
    render(
      <Suspense fallback={<p>Skeleton</p>}>
        <lazy.Component />
      </Suspense>,
    );
    // Synchronously, without waiting: the fallback never rendered.
    expect(screen.getByRole('heading', { name: 'Loaded page' })).toBeInTheDocument();
    expect(screen.queryByText('Skeleton')).toBeNull();
    // One load, however often it was asked for.
    await lazy.preload();
    expect(chunk.loads()).toBe(1);
  });

  it('asks for a chunk again after a failed load', async () => {
    const chunk = deferredChunk();
    const lazy = lazyScreen(chunk.load);
    const first = lazy.preload();
    chunk.fail(new Error('404'));
    await expect(first).rejects.toThrow('404');
    const second = lazy.preload();
    chunk.finish(Loaded);
    await second;
    expect(chunk.loads()).toBe(2);
  });

  it('preloads the area an address opens on, the start page for any other', () => {
    expect(areaOfHash('#/images?q=web')).toBe('images');
    expect(areaOfHash('#/ssh-keys')).toBe('ssh-keys');
    expect(areaOfHash('')).toBe('droplets');
    expect(areaOfHash('#/billing')).toBe('droplets');
    expect(areaOfHash('#/toString')).toBe('droplets');
  });
});
