import { lazy, useState, type ComponentType } from 'react';

export type LazyComponent<P> = ComponentType<P> & { preload(): Promise<unknown> };

/**
 * A component whose code arrives on first use (or on `preload()`). Once its code is here it renders
 * at once: going through React.lazy again would suspend for a tick, and React holds a shown fallback
 * for 300 ms. Render it inside a Suspense boundary for the first time it is not loaded yet.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return { default: component };
    }));
  const Lazy = lazy(preload);
  function Loaded(props: P) {
    // Chosen once per mount: swapping the component type later would remount it and lose its state.
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? (Lazy as unknown as ComponentType<P>));
    return <Shown {...props} />;
  }
  return Object.assign(Loaded, { preload });
}

/** Fetches code the screen will want soon once the window has nothing else to do. */
export function preloadWhenIdle(...components: { preload(): Promise<unknown> }[]): () => void {
  const run = () => components.forEach((c) => void c.preload().catch(() => undefined));
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 200);
  return () => window.clearTimeout(id);
}
