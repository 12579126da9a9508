import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A part of the app in its own chunk: loaded when first shown, or earlier by `preload`. */
export interface LazyScreen<P extends object> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the chunk (once); resolves when it can render without waiting. */
  preload(): Promise<void>;
}

/**
 * `React.lazy` for a named export, and one thing more: once the chunk has loaded, the component renders
 * at once, without a Suspense fallback even for a frame. React reads a thenable that calls back
 * synchronously as already resolved; a plain promise always costs one suspended render. So a preloaded
 * screen (the start page, or one loaded while the app was idle) shows no skeleton at all.
 *
 * A chunk that fails to load (the app was updated underneath an open page) may be asked for again.
 */
export const lazyScreen = <P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> => {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Component = lazy(() => {
    const ready = loaded;
    if (ready) return { then: (resolve: (module: { default: ComponentType<P> }) => void) => resolve({ default: ready }) } as Promise<{ default: ComponentType<P> }>;
    return start().then((component) => ({ default: component }));
  });
  return {
    Component,
    preload: () => start().then(() => undefined),
  };
};
